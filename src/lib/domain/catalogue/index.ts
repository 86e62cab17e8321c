export type {
	Alternative,
	AssumedFigure,
	Catalogue,
	CatalogueEntry,
	Difficulty,
	PricePeriod,
	SeatUnit,
	SourcedFigure,
	SourcedValue
} from './types';
export { isAssumption, PRICE_PERIODS, SEAT_UNITS } from './types';
export { createDefaultCatalogue, DEFAULT_CATALOGUE, DEFAULT_CATALOGUE_UPDATED } from './defaults';
export { USD_TO_EUR_ASSUMED } from './sources';
export type { ProductMatch, ProductMatcher } from './match';
export {
	createProductMatcher,
	matchAlternative,
	matchAnyProduct,
	matchProduct,
	normaliseProductName
} from './match';
export { checkCatalogueIntegrity } from './integrity';

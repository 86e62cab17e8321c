import type { Alternative, AssumedFigure, CatalogueEntry, Difficulty } from './types';

type Required = Pick<
	CatalogueEntry,
	'id' | 'name' | 'vendor' | 'vendorCountry' | 'category' | 'synonyms' | 'unitPrice' | 'alternativeIds'
>;

/**
 * Fills the fields most proprietary entries share (non-EU cloud, per user per month, no schedule) so the
 * default catalogue lists only what differs. The result is a plain JSON object.
 */
export function buildEntry(fields: Required & Partial<CatalogueEntry>): CatalogueEntry {
	return {
		licenceModel: 'proprietary',
		hosting: 'non-eu-cloud',
		openFormats: false,
		seatUnit: 'user',
		pricePeriod: 'month',
		priceScheduleCentsPerYear: null,
		forcedHardwareCentsPerSeatYear: null,
		endOfSupportDate: null,
		notes: null,
		...fields
	};
}

type AlternativeFields = Omit<Alternative, 'licenceModel' | 'sillId' | 'comptoirDuLibreId' | 'notes'> &
	Partial<Pick<Alternative, 'notes' | 'sillId' | 'comptoirDuLibreId'>>;

/** Same for open-source alternatives: SILL and Comptoir du Libre ids default to null (unverified). */
export function buildAlternative(fields: AlternativeFields): Alternative {
	return { licenceModel: 'open-source', sillId: null, comptoirDuLibreId: null, notes: null, ...fields };
}

/** A difficulty rating is a judgement, hence always an assumption with its reason. */
export function difficulty(value: Difficulty, note: string): AssumedFigure<Difficulty> {
	return { value, kind: 'assumption', note };
}

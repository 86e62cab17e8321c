/**
 * Everything the product page shows: the stored attributes, what the catalogue and the inference rules give
 * for the others, the product's SEAL-like self-assessment and what completing it adds to the indicators'
 * coverage.
 */
import {
	assessProductSeal,
	computeCompleteness,
	type MissingAttribute,
	type ProductSeal
} from '../../domain/sovereignty';
import type { SeatFigures } from '../../domain/usage/seats';
import type { Db } from '../db';
import { createProductsRepository } from '../repositories/products.repository';
import { getCatalogue } from './catalogue';
import { getInventory } from './inventory';
import { getProductExtras } from './product-extras';
import { classifyProductStatus, getCatalogueItemName, type ProductStatus } from './products-admin';
import {
	EMPTY_EXTRAS,
	findCatalogueItem,
	resolveSovereigntyAttributes,
	type ProductColumns,
	type ProductExtras,
	type ResolvedAttributes
} from './sovereignty-attributes';
import { getSovereigntyReport } from './sovereignty';

export interface CatalogueOption {
	id: string;
	name: string;
	kind: 'proprietary' | 'open-source';
}

export interface ProductDetail {
	id: number;
	name: string;
	columns: ProductColumns;
	status: ProductStatus;
	catalogueName: string | null;
	/** What the user entered for the sovereignty extras (null = not entered). */
	entered: ProductExtras;
	resolved: ResolvedAttributes;
	seal: ProductSeal;
	missing: MissingAttribute[];
	/** Share of all seats and of all spend the product carries: what completing it adds to coverage at most. */
	seatsShare: number;
	spendShare: number;
	figures: {
		year: number | null;
		spendCents: number;
		seats: SeatFigures | null;
		installations: number | null;
	};
	/** Names of the indicators, by id, to name those a missing attribute affects. */
	indicatorNames: Record<string, string>;
	catalogueOptions: CatalogueOption[];
}

/** The product page's data, or null when the product is not the organisation's. */
export function getProductDetail(db: Db, orgId: number, productId: number): ProductDetail | null {
	const stored = createProductsRepository(db).get(orgId, productId);
	if (!stored) return null;
	const catalogue = getCatalogue(db, orgId);
	const entered = { ...EMPTY_EXTRAS, ...getProductExtras(db, orgId)[String(productId)] };
	const columns: ProductColumns = {
		name: stored.name,
		vendor: stored.vendor,
		vendorCountry: stored.vendorCountry,
		category: stored.category,
		licenceModel: stored.licenceModel,
		spdxId: stored.spdxId,
		hosting: stored.hosting,
		openFormats: stored.openFormats,
		catalogueId: stored.catalogueId
	};
	const resolved = resolveSovereigntyAttributes(columns, entered, catalogue);
	const inventory = getInventory(db, orgId);
	const row = inventory.products.find((p) => p.productId === productId);
	const { report } = getSovereigntyReport(db, orgId);
	const key = stored.name.trim().toLocaleLowerCase('fr');
	const gap = report.completeness.products.find((p) => p.productName.toLocaleLowerCase('fr') === key);
	// The product alone tells which attributes block an indicator, even when it weighs nothing this year.
	const alone = computeCompleteness([{ product: resolved.attributes, seats: 1, spendCents: 1 }]);
	const indicatorNames: Record<string, string> = Object.fromEntries(
		report.indicators.map((i) => [i.id, i.name])
	);
	indicatorNames['seal-score'] = 'Score SEAL (auto-évaluation)';
	return {
		id: stored.id,
		name: stored.name,
		columns,
		status: classifyProductStatus(columns),
		catalogueName: getCatalogueItemName(findCatalogueItem(catalogue, stored.catalogueId)),
		entered,
		resolved,
		seal: assessProductSeal(resolved.attributes),
		missing: alone.products[0]?.missing ?? [],
		seatsShare: gap?.seatsShare ?? 0,
		spendShare: gap?.spendShare ?? 0,
		figures: {
			year: inventory.year,
			spendCents: row?.spendCents ?? 0,
			seats: row?.seats ?? null,
			installations: row?.installations ?? null
		},
		indicatorNames,
		catalogueOptions: [
			...catalogue.entries.map((e): CatalogueOption => ({ id: e.id, name: e.name, kind: 'proprietary' })),
			...catalogue.alternatives.map((a): CatalogueOption => ({ id: a.id, name: a.name, kind: 'open-source' }))
		].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
	};
}

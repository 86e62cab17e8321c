/**
 * The sovereignty attributes of one product: what the products table says, plus the attributes it has no
 * column for (SILL / Comptoir du Libre ids, documented export, providers, key custody, supply chain), taken
 * from what the user entered, else from the catalogue, else inferred by the documented rules below, else
 * unknown (null, which lowers coverage). Pure: no I/O.
 */
import type { Catalogue } from '../../domain/catalogue';
import {
	isNonEuJurisdiction,
	PRODUCT_CATEGORIES,
	type HostingKind,
	type ProductCategory
} from '../../domain/product';
import type { KeyCustody, SovereigntyAttributes, SupplyChainOrigin } from '../../domain/sovereignty';
import { findCatalogueItem, type CatalogueItem } from './catalogue-item';

export { describeCatalogueItem, findCatalogueItem, type CatalogueItem } from './catalogue-item';

/** Sovereignty attributes the products table has no column for; stored per product in the settings. */
export interface ProductExtras {
	sillId: string | null;
	comptoirId: string | null;
	documentedOpenExport: boolean | null;
	providerCount: number | null;
	keyCustody: KeyCustody | null;
	supplyChain: SupplyChainOrigin | null;
}

export const EXTRA_KEYS = [
	'sillId',
	'comptoirId',
	'documentedOpenExport',
	'providerCount',
	'keyCustody',
	'supplyChain'
] as const satisfies readonly (keyof ProductExtras)[];
export type ExtraKey = (typeof EXTRA_KEYS)[number];

export const EMPTY_EXTRAS: Readonly<ProductExtras> = {
	sillId: null,
	comptoirId: null,
	documentedOpenExport: null,
	providerCount: null,
	keyCustody: null,
	supplyChain: null
};

/** Where an extra attribute's value comes from: entered on the product page, the catalogue, a rule, or nowhere. */
export type AttributeOrigin = 'entered' | 'catalogue' | 'inferred' | 'unknown';

/** The product columns the resolution reads (a ProductRow or a products-table row). */
export interface ProductColumns {
	name: string;
	vendor: string | null;
	vendorCountry: string | null;
	category: string;
	licenceModel: 'open-source' | 'proprietary' | null;
	spdxId: string | null;
	hosting: HostingKind | null;
	openFormats: boolean | null;
	catalogueId: string | null;
}

export interface ResolvedAttributes {
	attributes: SovereigntyAttributes;
	origins: Record<ExtraKey, AttributeOrigin>;
	/** What the catalogue or the rules would give if nothing were entered (shown as hints on the form). */
	defaults: ProductExtras;
}

function isVendorCloud(hosting: HostingKind | null): boolean {
	return hosting === 'non-eu-cloud' || hosting === 'eu-cloud';
}

/**
 * Inference rules, each a consequence of attributes the product already has (never a guess about the vendor):
 * - documented open export: yes when the default formats are open (the data already sit in a published format);
 * - providers: one for proprietary software run in its vendor's cloud (only the vendor can operate it);
 * - key custody: on premises the commune holds the keys; in a cloud the operator does by default (BYOK is an
 *   option the user must declare): SecNumCloud operators are EU-based, a non-EU cloud's operator is not, and an
 *   EU cloud is run by the vendor, whose country decides;
 * - supply chain: non-EU for data in a non-EU cloud and for proprietary software of a non-EU vendor (the
 *   software itself is part of the supply chain, SOV-5).
 */
export function inferExtras(p: ProductColumns, item: CatalogueItem | null): ProductExtras {
	const alternative = item?.kind === 'open-source' ? item.alternative : null;
	const nonEuVendor = isNonEuJurisdiction(p.vendorCountry);
	let keyCustody: KeyCustody | null = null;
	if (p.hosting === 'on-premises') keyCustody = 'customer';
	else if (p.hosting === 'secnumcloud') keyCustody = 'eu-provider';
	else if (p.hosting === 'non-eu-cloud') keyCustody = 'non-eu-provider';
	else if (p.hosting === 'eu-cloud' && nonEuVendor !== null)
		keyCustody = nonEuVendor ? 'non-eu-provider' : 'eu-provider';
	const nonEuSupply =
		p.hosting === 'non-eu-cloud' || (p.licenceModel === 'proprietary' && nonEuVendor === true);
	return {
		sillId: alternative?.sillId == null ? null : String(alternative.sillId),
		comptoirId: alternative?.comptoirDuLibreId == null ? null : String(alternative.comptoirDuLibreId),
		documentedOpenExport: p.openFormats === true ? true : null,
		providerCount: p.licenceModel === 'proprietary' && isVendorCloud(p.hosting) ? 1 : null,
		keyCustody,
		supplyChain: nonEuSupply ? 'non-eu' : null
	};
}

function toCategory(value: string): ProductCategory {
	return PRODUCT_CATEGORIES.find((c) => c === value) ?? 'other';
}

interface Resolved<T> {
	value: T;
	origin: AttributeOrigin;
}

function resolveExtra<K extends ExtraKey>(
	key: K,
	entered: Partial<ProductExtras> | undefined,
	defaults: ProductExtras,
	fromCatalogue: boolean
): Resolved<ProductExtras[K]> {
	const own = entered?.[key];
	if (own !== undefined && own !== null) return { value: own, origin: 'entered' };
	const fallback = defaults[key];
	if (fallback === null) return { value: fallback, origin: 'unknown' };
	return { value: fallback, origin: fromCatalogue ? 'catalogue' : 'inferred' };
}

/**
 * Resolves every sovereignty attribute of a product: product columns as stored; each extra attribute from
 * what was entered, else the catalogue (SILL / Comptoir ids of a linked alternative), else inferExtras, else null.
 */
export function resolveSovereigntyAttributes(
	product: ProductColumns,
	entered: Partial<ProductExtras> | undefined,
	catalogue: Catalogue
): ResolvedAttributes {
	const item = findCatalogueItem(catalogue, product.catalogueId);
	const defaults = inferExtras(product, item);
	const linkedAlternative = item?.kind === 'open-source';
	const r = {
		sillId: resolveExtra('sillId', entered, defaults, linkedAlternative),
		comptoirId: resolveExtra('comptoirId', entered, defaults, linkedAlternative),
		documentedOpenExport: resolveExtra('documentedOpenExport', entered, defaults, false),
		providerCount: resolveExtra('providerCount', entered, defaults, false),
		keyCustody: resolveExtra('keyCustody', entered, defaults, false),
		supplyChain: resolveExtra('supplyChain', entered, defaults, false)
	};
	return {
		attributes: {
			name: product.name,
			vendor: product.vendor,
			vendorCountry: product.vendorCountry,
			category: toCategory(product.category),
			licenceModel: product.licenceModel,
			spdxId: product.spdxId,
			hosting: product.hosting,
			openFormats: product.openFormats,
			sillId: r.sillId.value,
			comptoirId: r.comptoirId.value,
			documentedOpenExport: r.documentedOpenExport.value,
			providerCount: r.providerCount.value,
			keyCustody: r.keyCustody.value,
			supplyChain: r.supplyChain.value
		},
		origins: {
			sillId: r.sillId.origin,
			comptoirId: r.comptoirId.origin,
			documentedOpenExport: r.documentedOpenExport.origin,
			providerCount: r.providerCount.origin,
			keyCustody: r.keyCustody.origin,
			supplyChain: r.supplyChain.origin
		},
		defaults
	};
}

/**
 * The attributes of a software product that every other part of Cap Libre reasons about:
 * the catalogue (what replaces what), the savings model, the sovereignty indicators and the database.
 * `null` always means "not known yet": indicators count it against their coverage, never as a value.
 */

export const PRODUCT_CATEGORIES = [
	'office-suite',
	'operating-system',
	'mail',
	'messaging',
	'video',
	'file-sharing',
	'web-analytics',
	'cms',
	'erp',
	'maps',
	'e-services',
	'pdf',
	'other'
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const LICENCE_MODELS = ['open-source', 'proprietary'] as const;
export type LicenceModel = (typeof LICENCE_MODELS)[number];

/** Where the product's data lives. */
export const HOSTING_KINDS = ['on-premises', 'eu-cloud', 'secnumcloud', 'non-eu-cloud'] as const;
export type HostingKind = (typeof HOSTING_KINDS)[number];

export interface ProductAttributes {
	name: string;
	vendor: string | null;
	/** ISO 3166-1 alpha-2 country whose law governs the vendor (e.g. "US", "FR", "DE"). */
	vendorCountry: string | null;
	category: ProductCategory;
	licenceModel: LicenceModel | null;
	/** SPDX licence identifier when open source (e.g. "MPL-2.0", "AGPL-3.0-or-later"). */
	spdxId: string | null;
	hosting: HostingKind | null;
	/** Whether the product's default document formats are open (ODF, etc.). */
	openFormats: boolean | null;
}

/** EU/EEA member states: jurisdictions not exposed to extraterritorial law such as the US CLOUD Act. */
export const EU_EEA_COUNTRIES: ReadonlySet<string> = new Set([
	'AT',
	'BE',
	'BG',
	'HR',
	'CY',
	'CZ',
	'DK',
	'EE',
	'FI',
	'FR',
	'DE',
	'GR',
	'HU',
	'IE',
	'IT',
	'LV',
	'LT',
	'LU',
	'MT',
	'NL',
	'PL',
	'PT',
	'RO',
	'SK',
	'SI',
	'ES',
	'SE',
	'IS',
	'LI',
	'NO'
]);

/** True when the vendor is under a non-EU/EEA jurisdiction; null when the country is unknown. */
export function isNonEuJurisdiction(vendorCountry: string | null): boolean | null {
	if (!vendorCountry) return null;
	return !EU_EEA_COUNTRIES.has(vendorCountry.toUpperCase());
}

/**
 * Per-product verdicts the indicators count. Each returns null when the attributes do not allow a verdict,
 * so the product lowers coverage instead of being counted on either side.
 */
import { isNonEuJurisdiction } from '../product';
import type { SovereigntyAttributes } from './types';

/** Three-valued AND: false as soon as one side is false, null if a side is unknown and none is false. */
export function andKnown(a: boolean | null, b: boolean | null): boolean | null {
	if (a === false || b === false) return false;
	if (a === null || b === null) return null;
	return true;
}

/** True for open source, false for proprietary, null when the licence model is unknown. */
export function isOpenSource(product: SovereigntyAttributes): boolean | null {
	return product.licenceModel === null ? null : product.licenceModel === 'open-source';
}

/**
 * Whether the product is exposed to a non-EU/EEA law with extraterritorial reach (US CLOUD Act, FISA…).
 * Rules, in order:
 * 1. data in a non-EU cloud → exposed;
 * 2. SecNumCloud hosting → not exposed (v3.2.a §19.6 immunity criteria: EU seat, non-EU capital ≤ 24 % / 39 %);
 * 3. free software run on premises → not exposed (no provider holds the data nor grants the licence);
 * 4. vendor under a non-EU jurisdiction → exposed (its licences, support and any hosting answer to that law);
 * 5. EU/EEA vendor with known on-premises or EU-cloud hosting → not exposed;
 * otherwise unknown.
 */
export function isExposedToNonEuLaw(product: SovereigntyAttributes): boolean | null {
	if (product.hosting === 'non-eu-cloud') return true;
	if (product.hosting === 'secnumcloud') return false;
	if (product.hosting === 'on-premises' && product.licenceModel === 'open-source') return false;
	const nonEu = isNonEuJurisdiction(product.vendorCountry);
	if (nonEu === true) return true;
	if (nonEu === false && product.hosting !== null) return false;
	return null;
}

/**
 * Whether more than one provider can supply, host or support the product.
 * Open source counts as such: anyone may run or support the code, whatever providerCount says.
 */
export function hasSeveralProviders(product: SovereigntyAttributes): boolean | null {
	if (product.licenceModel === 'open-source') return true;
	if (product.providerCount === null || !Number.isFinite(product.providerCount)) return null;
	return product.providerCount > 1;
}

/** Reversible = a documented export to open formats AND more than one possible provider. */
export function isReversible(product: SovereigntyAttributes): boolean | null {
	return andKnown(product.documentedOpenExport, hasSeveralProviders(product));
}

/**
 * Whether the tool is referenced in the SILL or the Comptoir du Libre.
 * Both catalogues list free software only, so a proprietary product is known not to be referenced; a free
 * product with no identifier was looked up and not found (ids are set by matching against the exports).
 * Unknown only when neither id is set and the licence model is unknown.
 */
export function isMutualised(product: SovereigntyAttributes): boolean | null {
	if (product.sillId !== null || product.comptoirId !== null) return true;
	return product.licenceModel === null ? null : false;
}

/** The key vendors are grouped under (trimmed, lower-case), or null when the vendor is unknown. */
export function toVendorKey(product: SovereigntyAttributes): string | null {
	const vendor = product.vendor?.trim();
	return vendor ? vendor.toLocaleLowerCase('fr') : null;
}

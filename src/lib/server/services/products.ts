import { matchAnyProduct, type Catalogue } from '../../domain/catalogue';
import { matchKnownSoftware } from '../../domain/catalogue/known-software';
import type { ProductInfo } from '../repositories/imports.repository';

/**
 * The attributes a product seen in a file gets: those of the catalogue entry or open-source alternative its
 * name matches (under the catalogue's canonical name, so "MICROSOFT 365 BUSINESS STANDARD" and
 * "Microsoft 365 Business Standard - 380 utilisateurs" are one product), or unknown attributes and the name
 * as written, listed for the user to classify. Common installed tools (Firefox, 7-Zip…) are recognised from a
 * short list of known software, under their usual name.
 */
export function describeProduct(name: string, vendor: string | null, catalogue: Catalogue): ProductInfo {
	const match = matchAnyProduct(name, catalogue);
	if (match?.kind === 'proprietary') {
		const e = match.entry;
		return {
			name: e.name,
			vendor: e.vendor ?? vendor,
			vendorCountry: e.vendorCountry,
			category: e.category,
			licenceModel: 'proprietary',
			spdxId: null,
			hosting: e.hosting,
			openFormats: e.openFormats,
			catalogueId: e.id
		};
	}
	if (match?.kind === 'open-source') {
		const a = match.alternative;
		return {
			name: a.name,
			vendor: a.vendor ?? vendor,
			vendorCountry: a.vendorCountry,
			category: a.category,
			licenceModel: 'open-source',
			spdxId: a.spdxId,
			hosting: a.hostingOptions.includes('on-premises') ? 'on-premises' : (a.hostingOptions[0] ?? null),
			openFormats: a.openFormats,
			catalogueId: a.id
		};
	}
	const known = matchKnownSoftware(name);
	if (known) {
		const { synonyms: _synonyms, ...attributes } = known;
		// Installed desktop software: it runs on the commune's own PCs.
		return { ...attributes, hosting: 'on-premises', catalogueId: null };
	}
	return {
		name: name.trim(),
		vendor,
		vendorCountry: null,
		category: 'other',
		licenceModel: null,
		spdxId: null,
		hosting: null,
		openFormats: null,
		catalogueId: null
	};
}

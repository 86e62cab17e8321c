import type { ProductInfo } from '../repositories/imports.repository';

/**
 * The attributes a newly seen product gets: the catalogue entry its name matches, or "to classify".
 */
export function describeProduct(name: string, vendor: string | null): ProductInfo {
	return {
		name,
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

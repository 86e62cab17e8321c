/**
 * The catalogue entry or open-source alternative a product is linked to (products.catalogue_id), and the
 * product columns it fills when a user links a product to it. Pure: no I/O.
 */
import type { Alternative, Catalogue, CatalogueEntry } from '../../domain/catalogue';
import type { ProductColumns } from './sovereignty-attributes';

export type CatalogueItem =
	{ kind: 'proprietary'; entry: CatalogueEntry } | { kind: 'open-source'; alternative: Alternative };

/** The catalogue entry or alternative with this id, or null. */
export function findCatalogueItem(catalogue: Catalogue, id: string | null): CatalogueItem | null {
	if (!id) return null;
	const entry = catalogue.entries.find((e) => e.id === id);
	if (entry) return { kind: 'proprietary', entry };
	const alternative = catalogue.alternatives.find((a) => a.id === id);
	return alternative ? { kind: 'open-source', alternative } : null;
}

/**
 * The product columns a catalogue item fills when a product is linked to it (same rules as the importer):
 * an alternative is taken as run on premises when it can be, else in its first hosting option.
 */
export function describeCatalogueItem(item: CatalogueItem): Omit<ProductColumns, 'name'> {
	if (item.kind === 'proprietary') {
		const e = item.entry;
		return {
			vendor: e.vendor,
			vendorCountry: e.vendorCountry,
			category: e.category,
			licenceModel: 'proprietary',
			spdxId: null,
			hosting: e.hosting,
			openFormats: e.openFormats,
			catalogueId: e.id
		};
	}
	const a = item.alternative;
	return {
		vendor: a.vendor,
		vendorCountry: a.vendorCountry,
		category: a.category,
		licenceModel: 'open-source',
		spdxId: a.spdxId,
		hosting: a.hostingOptions.includes('on-premises') ? 'on-premises' : (a.hostingOptions[0] ?? null),
		openFormats: a.openFormats,
		catalogueId: a.id
	};
}

/**
 * The organisation's products as a finance officer reviews them: which are still to classify, and the use case
 * that edits a product's attributes (or links it to the catalogue, which fills them), audited and followed by
 * a new indicator snapshot since every sovereignty indicator may move.
 */
import type { Db } from '../db';
import { createAuditRepository } from '../repositories/audit.repository';
import { createProductsRepository, type ProductAttributeColumns } from '../repositories/products.repository';
import { getCatalogue } from './catalogue';
import { getInventory } from './inventory';
import { getProductExtras, setProductExtras } from './product-extras';
import {
	validateProductAttributes,
	type AttributeField,
	type ProductAttributesInput
} from './products-validation';
import { describeCatalogueItem, findCatalogueItem, type CatalogueItem } from './sovereignty-attributes';
import { recordIndicatorSnapshot } from './snapshots';

/** to-classify: neither linked to the catalogue nor given a licence; incomplete: a column still unknown. */
export type ProductStatus = 'to-classify' | 'incomplete' | 'complete';

export interface ProductListItem extends Omit<ProductAttributeColumns, 'category'> {
	id: number;
	name: string;
	category: string;
	catalogueName: string | null;
	status: ProductStatus;
	spendCents: number;
	/** Seats paid, else used, else installations; null when nothing says. */
	seats: number | null;
}

const STATUS_ORDER: Record<ProductStatus, number> = { 'to-classify': 0, incomplete: 1, complete: 2 };

/** The name of a catalogue item (entry or alternative). */
export function getCatalogueItemName(item: CatalogueItem | null): string | null {
	if (!item) return null;
	return item.kind === 'proprietary' ? item.entry.name : item.alternative.name;
}

/** A product's status from its columns (see ProductStatus). */
export function classifyProductStatus(
	p: Omit<ProductAttributeColumns, 'category' | 'spdxId'>
): ProductStatus {
	if (p.catalogueId === null && p.licenceModel === null) return 'to-classify';
	const known = [p.vendor, p.vendorCountry, p.licenceModel, p.hosting, p.openFormats];
	return known.some((v) => v === null) ? 'incomplete' : 'complete';
}

/** Every product of the organisation, those to classify first, then incomplete ones, largest spend first. */
export function listProductsForAdmin(db: Db, orgId: number): ProductListItem[] {
	const catalogue = getCatalogue(db, orgId);
	return getInventory(db, orgId)
		.products.map((p): ProductListItem => ({
			id: p.productId,
			name: p.name,
			vendor: p.vendor,
			vendorCountry: p.vendorCountry,
			category: p.category,
			licenceModel: p.licenceModel,
			spdxId: p.spdxId,
			hosting: p.hosting,
			openFormats: p.openFormats,
			catalogueId: p.catalogueId,
			catalogueName: getCatalogueItemName(findCatalogueItem(catalogue, p.catalogueId)),
			status: classifyProductStatus(p),
			spendCents: p.spendCents,
			seats: p.seats.paid ?? p.seats.used ?? p.installations
		}))
		.sort(
			(a, b) =>
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
				b.spendCents - a.spendCents ||
				(b.seats ?? 0) - (a.seats ?? 0) ||
				a.name.localeCompare(b.name, 'fr')
		);
}

export type UpdateProductResult =
	| { ok: true; filledFromCatalogue: boolean }
	| { ok: false; notFound: true }
	| { ok: false; notFound: false; errors: Partial<Record<AttributeField, string>> };

export interface Actor {
	userId: number | null;
	/** Readable label for the audit log: an e-mail, "cli"… */
	label: string;
}

/**
 * Saves a product's attributes after validation (French messages per field). Linking the product to a
 * catalogue entry or alternative it was not linked to fills its columns from the catalogue (the vendor typed
 * is kept when the catalogue has none); the sovereignty extras are saved as typed. Records 'product.update'
 * in the audit log with the columns that changed, then an indicator snapshot (trigger 'product-update').
 */
export function updateProductAttributes(
	db: Db,
	orgId: number,
	productId: number,
	attrs: ProductAttributesInput,
	actor: Actor = { userId: null, label: 'système' }
): UpdateProductResult {
	const repo = createProductsRepository(db);
	const before = repo.get(orgId, productId);
	if (!before) return { ok: false, notFound: true };
	const catalogue = getCatalogue(db, orgId);
	const result = validateProductAttributes(attrs, catalogue);
	if (!result.ok) return { ok: false, notFound: false, errors: result.errors };
	let columns = result.value.columns;
	const item = findCatalogueItem(catalogue, columns.catalogueId);
	const filledFromCatalogue = item !== null && columns.catalogueId !== before.catalogueId;
	if (filledFromCatalogue) {
		const filled = describeCatalogueItem(item);
		columns = { ...filled, vendor: filled.vendor ?? columns.vendor };
	}
	const previousExtras = getProductExtras(db, orgId)[String(productId)] ?? {};
	const previous: Record<string, unknown> = { ...before, ...previousExtras };
	const next: Record<string, unknown> = { ...columns, ...result.value.extras };
	const changes = Object.fromEntries(
		Object.entries(next)
			.filter(([key, value]) => (previous[key] ?? null) !== value)
			.map(([key, value]) => [key, { before: previous[key] ?? null, after: value }])
	);
	db.transaction(() => {
		repo.update(orgId, productId, columns);
		setProductExtras(db, orgId, productId, result.value.extras);
		createAuditRepository(db).record({
			orgId,
			userId: actor.userId,
			actor: actor.label,
			action: 'product.update',
			details: { productId, name: before.name, filledFromCatalogue, changes }
		});
	});
	recordIndicatorSnapshot(db, orgId, 'product-update');
	return { ok: true, filledFromCatalogue };
}

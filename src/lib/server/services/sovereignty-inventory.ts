/**
 * The inventory as the sovereignty indicators see it: one InventoryLine per product, with every sovereignty
 * attribute resolved (products table, entered extras, catalogue, inference rules).
 */
import type { Catalogue } from '../../domain/catalogue';
import type { InventoryLine } from '../../domain/sovereignty';
import type { Db } from '../db';
import { getCatalogue } from './catalogue';
import { getInventory, type InventoryProduct } from './inventory';
import { getProductExtras } from './product-extras';
import { resolveSovereigntyAttributes, type ResolvedAttributes } from './sovereignty-attributes';

/** Where a line's seat count comes from: seats paid, else seats used, else installations (GLPI). */
export type SeatsSource = 'paid' | 'used' | 'installations';

export interface SovereigntyLine extends InventoryLine {
	productId: number;
	catalogueId: string | null;
	seatsSource: SeatsSource | null;
	resolved: ResolvedAttributes;
}

export interface SovereigntyInventory {
	year: number | null;
	basis: 'invoice' | 'accounting' | null;
	lines: SovereigntyLine[];
	/** The organisation's catalogue the attributes were resolved with. */
	catalogue: Catalogue;
}

function countSeats(p: InventoryProduct): { seats: number; source: SeatsSource | null } {
	if (p.seats.paid != null && p.seats.paid > 0) return { seats: p.seats.paid, source: 'paid' };
	if (p.seats.used != null && p.seats.used > 0) return { seats: p.seats.used, source: 'used' };
	if (p.installations != null && p.installations > 0)
		return { seats: p.installations, source: 'installations' };
	return { seats: 0, source: null };
}

/**
 * The sovereignty inventory: one line per product that weighs something (seats or positive spend of the
 * year), seats = seats paid, else seats used (free software has nothing paid), else GLPI installations;
 * spend = TTC spend of the year (invoices, or mandats when the year has none).
 */
export function getSovereigntyInventory(db: Db, orgId: number, year?: number): SovereigntyInventory {
	const inventory = getInventory(db, orgId, year);
	const catalogue = getCatalogue(db, orgId);
	const extras = getProductExtras(db, orgId);
	const lines = inventory.products.flatMap((p): SovereigntyLine[] => {
		const { seats, source } = countSeats(p);
		if (seats <= 0 && p.spendCents <= 0) return [];
		const resolved = resolveSovereigntyAttributes(p, extras[String(p.productId)], catalogue);
		return [
			{
				productId: p.productId,
				catalogueId: p.catalogueId,
				product: resolved.attributes,
				seats,
				spendCents: p.spendCents,
				seatsSource: source,
				resolved
			}
		];
	});
	return { year: inventory.year, basis: inventory.basis, lines, catalogue };
}

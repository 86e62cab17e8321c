/**
 * The organisation's software inventory for a year: every product with its attributes, spend and seats paid
 * vs used. Shared by the licences page, the savings model (shelfware), the sovereignty indicators, the
 * dashboards and the council report, so all of them show the same figures.
 */
import { computeSeats, type SeatFigures } from '../../domain/usage/seats';
import type { Db } from '../db';
import { createInventoryRepository, type ProductRow } from '../repositories/inventory.repository';
import { createSpendRepository } from '../repositories/spend.repository';

export interface InventoryProduct extends ProductRow {
	seats: SeatFigures;
}

export interface Inventory {
	year: number | null;
	years: number[];
	/** Invoices are the spend basis when the year has any; mandats stand in otherwise (never both). */
	basis: 'invoice' | 'accounting' | null;
	products: InventoryProduct[];
}

export function getInventory(db: Db, orgId: number, requestedYear?: number): Inventory {
	const spend = createSpendRepository(db);
	const invoiceYears = spend.listYears(orgId, 'invoice');
	const accountingYears = spend.listYears(orgId, 'accounting');
	const years = [...new Set([...invoiceYears, ...accountingYears])].sort((a, b) => b - a);
	const year = requestedYear && years.includes(requestedYear) ? requestedYear : (years[0] ?? null);
	const basis = year === null ? null : invoiceYears.includes(year) ? 'invoice' : 'accounting';
	const products = createInventoryRepository(db)
		.listProducts(orgId, year, basis)
		.map((p) => ({
			...p,
			seats: computeSeats({
				invoicedSeats: p.invoicedSeats,
				subscribedSeats: p.subscribedSeats,
				licensedAgents: p.licensedAgents,
				activeHolders: p.activeHolders,
				activeAgents: p.activeAgents
			})
		}));
	return { year, years, basis, products };
}

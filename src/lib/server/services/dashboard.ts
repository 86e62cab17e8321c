import { summariseSpend, type SpendSummary } from '../../domain/spend';
import type { Db } from '../db';
import { createSpendRepository } from '../repositories/spend.repository';

export interface SpendOverview {
	/** The year shown: the most recent one with spend, unless asked for. */
	year: number | null;
	years: number[];
	/** Invoices are the basis when present; accounting mandats stand in for a year without invoices. */
	basis: 'invoice' | 'accounting' | null;
	summary: SpendSummary;
	importCount: number;
}

/**
 * Annual software spend of an organisation by vendor and product. Invoices and mandats record the same
 * payments, so they are never added together: mandats are used only for a year with no invoice line.
 */
export function getSpendOverview(
	db: Db,
	orgId: number,
	labels: { unknownVendor: string; unclassified: string },
	requestedYear?: number
): SpendOverview {
	const repo = createSpendRepository(db);
	const invoiceYears = repo.listYears(orgId, 'invoice');
	const accountingYears = repo.listYears(orgId, 'accounting');
	const years = [...new Set([...invoiceYears, ...accountingYears])].sort((a, b) => b - a);
	const year = requestedYear && years.includes(requestedYear) ? requestedYear : (years[0] ?? null);
	const basis = year === null ? null : invoiceYears.includes(year) ? 'invoice' : 'accounting';
	const rows = year === null || basis === null ? [] : repo.spendByProduct(orgId, year, basis);
	return {
		year,
		years,
		basis,
		summary: summariseSpend(rows, labels),
		importCount: repo.countActiveImports(orgId)
	};
}

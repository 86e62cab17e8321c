/**
 * Pieces of the progress report (services/progress.ts): installations per family, per-service rows with
 * small-group suppression, realised vs projected savings, cancelled licences.
 */
import { suppressBreakdown } from '../../domain/privacy/suppress';
import { computeServiceAdoption, type UsagePoint } from '../../domain/usage/adoption';
import { computeCancelledSeats, type ProductSeatHistory } from '../../domain/usage/paid-seats';
import { computeSavingsProgress } from '../../domain/usage/savings-progress';
import type { ProductFamilyRow } from '../repositories/progress.repository';
import type { Inventory } from './inventory';
import type { CancelledProduct, ServiceProgressRow } from './progress';
import type { SelectedPlan } from './selected-plan';

/** Installations (computer inventory) per family, proprietary vs open source. */
export function sumInstallations(inventory: Inventory, products: ProductFamilyRow[]) {
	const families = new Map(products.map((p) => [p.productId, p]));
	const totals = new Map<string, { proprietary: number; openSource: number }>();
	for (const p of inventory.products) {
		const info = families.get(p.productId);
		if (!info || !p.installations || !p.licenceModel) continue;
		const t = totals.get(info.family) ?? { proprietary: 0, openSource: 0 };
		if (p.licenceModel === 'proprietary') t.proprietary += p.installations;
		else t.openSource += p.installations;
		totals.set(info.family, t);
	}
	return totals;
}

/**
 * Per-service adoption rows of one family; with `suppress`, rows about fewer than k agents (and one more
 * when a single row would be hidden) keep only their service name.
 */
export function buildServiceRows(
	points: UsagePoint[],
	products: ProductFamilyRow[],
	family: string,
	k: number,
	suppress: boolean
): ServiceProgressRow[] {
	const rows = computeServiceAdoption(points, products, family);
	const flagged = suppress
		? suppressBreakdown(rows, (r) => r.agents, k)
		: rows.map((row) => ({ row, suppressed: false }));
	return flagged.map(({ row, suppressed }) =>
		suppressed
			? {
					service: row.service,
					suppressed,
					agents: null,
					firstActive: null,
					latestActive: null,
					realisedShare: null
				}
			: {
					service: row.service,
					suppressed,
					agents: row.agents,
					firstActive: row.firstActive,
					latestActive: row.latestActive,
					realisedShare: row.realisedShare
				}
	);
}

/** Realised (cancelled licences of the products the plan covers) vs projected savings, per year. */
export function buildSavings(
	plan: SelectedPlan,
	products: ProductFamilyRow[],
	allHistories: ProductSeatHistory[],
	invoiceYears: number[]
) {
	const inScope = new Set(plan.scenario.lines.map((l) => l.catalogueId).filter((id) => id !== null));
	const scoped = new Set(
		products.filter((p) => p.catalogueId && inScope.has(p.catalogueId)).map((p) => p.productId)
	);
	const histories = allHistories.filter((h) => scoped.has(h.productId));
	const realised = new Map<number, number>();
	for (const row of computeCancelledSeats(histories, invoiceYears))
		realised.set(row.year, (realised.get(row.year) ?? 0) + row.savingCents);
	const asOf = invoiceYears.length > 0 ? Math.max(...invoiceYears) : null;
	return computeSavingsProgress(plan.projection.years, plan.startYear, realised, asOf);
}

/** Products with fewer seats paid in the latest invoice year than bought in their first year. */
export function buildCancelled(
	histories: ProductSeatHistory[],
	names: ReadonlyMap<number, string>,
	latestInvoiceYear: number | null
): CancelledProduct[] {
	return computeCancelledSeats(histories, latestInvoiceYear === null ? [] : [latestInvoiceYear])
		.filter((c) => c.cancelledSeats > 0)
		.map((c) => ({
			productId: c.productId,
			product: names.get(c.productId) ?? '',
			baselineSeats: c.baselineSeats,
			latestSeats: c.baselineSeats - c.cancelledSeats,
			cancelledSeats: c.cancelledSeats,
			annualSavingCents: c.savingCents
		}));
}

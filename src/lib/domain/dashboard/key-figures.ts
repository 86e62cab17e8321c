/**
 * The numbers behind the dashboard's key figures, from pre-grouped rows. Pure; the page words them.
 */
import type { Cents } from '../money';
import type { UsagePoint } from '../usage/adoption';

export interface YearModelSpendRow {
	year: number;
	sourceKind: 'invoice' | 'accounting';
	licenceModel: 'open-source' | 'proprietary' | null;
	cents: Cents;
	lines: number;
}

export interface SpendYear {
	year: number;
	basis: 'invoice' | 'accounting';
	totalCents: Cents;
	proprietaryCents: Cents;
	openSourceCents: Cents;
	/** Spend on products whose licence model is not known yet. */
	unclassifiedCents: Cents;
	lines: number;
}

/**
 * Spend per year, most recent first. Invoices and mandats record the same payments, so a year uses its
 * invoices when it has any and its mandats otherwise, never both.
 */
export function computeSpendYears(rows: readonly YearModelSpendRow[]): SpendYear[] {
	const invoiceYears = new Set(rows.filter((r) => r.sourceKind === 'invoice').map((r) => r.year));
	const years = new Map<number, SpendYear>();
	for (const row of rows) {
		const basis = invoiceYears.has(row.year) ? 'invoice' : 'accounting';
		if (row.sourceKind !== basis || !Number.isInteger(row.year)) continue;
		const y = years.get(row.year) ?? {
			year: row.year,
			basis,
			totalCents: 0,
			proprietaryCents: 0,
			openSourceCents: 0,
			unclassifiedCents: 0,
			lines: 0
		};
		y.totalCents += row.cents;
		y.lines += row.lines;
		if (row.licenceModel === 'proprietary') y.proprietaryCents += row.cents;
		else if (row.licenceModel === 'open-source') y.openSourceCents += row.cents;
		else y.unclassifiedCents += row.cents;
		years.set(row.year, y);
	}
	return [...years.values()].sort((a, b) => b.year - a.year);
}

export interface SeatProduct {
	productId: number;
	name: string;
	spendCents: Cents;
	seats: { paid: number | null; used: number | null; unused: number | null };
}

export interface UnusedSeatsFigure {
	seats: number;
	/** Σ unused × (spend of the year ÷ paid seats), in cents: what the idle seats cost a year. */
	costCents: Cents;
	/** Products whose unused seats are known, most costly first. */
	products: {
		productId: number;
		name: string;
		paid: number;
		used: number;
		unused: number;
		costCents: Cents;
	}[];
	/** How many products have both paid and used seats known (the products list may be cut short). */
	measuredProducts: number;
	/** Products with paid seats whose use is unknown (no usage report): not counted. */
	unknownProducts: number;
}

/**
 * Unused paid seats and their yearly cost: per product, unused = max(0, paid − used) (usage/seats.ts) and
 * cost = round(unused × spend ÷ paid), the year's price of one seat; products without spend cost 0.
 */
export function computeUnusedSeats(products: readonly SeatProduct[]): UnusedSeatsFigure {
	const known = products
		.filter(
			(p) => p.seats.paid !== null && p.seats.paid > 0 && p.seats.used !== null && p.seats.unused !== null
		)
		.map((p) => {
			const paid = p.seats.paid ?? 0;
			const unused = p.seats.unused ?? 0;
			return {
				productId: p.productId,
				name: p.name,
				paid,
				used: p.seats.used ?? 0,
				unused,
				costCents: Math.round((unused * p.spendCents) / paid)
			};
		})
		.sort((a, b) => b.costCents - a.costCents || b.unused - a.unused);
	return {
		seats: known.reduce((n, p) => n + p.unused, 0),
		costCents: known.reduce((n, p) => n + p.costCents, 0),
		products: known,
		measuredProducts: known.length,
		unknownProducts: products.filter(
			(p) => p.seats.paid !== null && p.seats.paid > 0 && p.seats.used === null
		).length
	};
}

export interface InactiveTrend {
	current: number;
	previous: number;
	/** Report date of the previous value. */
	since: string;
	latest: string;
}

/**
 * Agents inactive in the usage reports (agents − active agents), at the latest and the previous report date
 * of each product that has two reports or more, summed: the trend of unused seats between two snapshots.
 * Null when no product has two reports.
 */
export function computeInactiveTrend(points: readonly UsagePoint[]): InactiveTrend | null {
	const byProduct = new Map<number, Map<string, number>>();
	for (const p of points) {
		if (!p.reportDate) continue;
		const series = byProduct.get(p.productId) ?? new Map<string, number>();
		series.set(p.reportDate, (series.get(p.reportDate) ?? 0) + (p.agents - p.activeAgents));
		byProduct.set(p.productId, series);
	}
	let current = 0;
	let previous = 0;
	let since = '';
	let latest = '';
	for (const series of byProduct.values()) {
		const dates = [...series.keys()].sort();
		if (dates.length < 2) continue;
		const [before, last] = dates.slice(-2);
		current += series.get(last) ?? 0;
		previous += series.get(before) ?? 0;
		since = since && since < before ? since : before;
		latest = latest > last ? latest : last;
	}
	return since ? { current, previous, since, latest } : null;
}

export interface DatedValue {
	asOf: string;
	value: number | null;
}

/**
 * The latest value of an indicator and the one of the previous data date, from snapshot points sorted most
 * recent data date first (several snapshots of one date: the first listed wins).
 */
export function pickLatestTwo(
	points: readonly { asOf: string; indicatorId: string; value: number | null }[],
	indicatorId: string
): { current: DatedValue | null; previous: DatedValue | null } {
	const seen: DatedValue[] = [];
	for (const p of points) {
		if (p.indicatorId !== indicatorId || seen.some((s) => s.asOf === p.asOf)) continue;
		seen.push({ asOf: p.asOf, value: p.value });
		if (seen.length === 2) break;
	}
	return { current: seen[0] ?? null, previous: seen[1] ?? null };
}

export interface IndicatorFigure {
	value: number | null;
	coverage: number;
	/** The previous snapshot's value (an earlier data date), for the trend; null when there is none. */
	previous: DatedValue | null;
}

export interface SavingsFigure {
	scenarioId: number;
	scenarioName: string;
	startYear: number;
	realisedToDateCents: Cents;
	projectedToDateCents: Cents;
	asOfYear: number | null;
	/** Savings the plan projects for its first year, to say what comes next when nothing is due yet. */
	firstYearProjectedCents: Cents;
	cancelledSeats: number;
}

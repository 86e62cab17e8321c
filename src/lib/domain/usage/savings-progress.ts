/**
 * Savings realised vs projected, year by year in calendar time. Pure.
 *
 * - projected: the selected scenario's yearly savings (savings/model.ts: baseline − scenario, negative while
 *   investing), plan year t in calendar year startYear + t − 1;
 * - realised: the licences no longer paid for, read from the invoices (paid-seats.ts computeCancelledSeats),
 *   for the products the scenario covers; only for years the organisation has imported invoices for;
 *   from the first year with invoices, so licences cancelled before the plan's first year (a pilot) count;
 * - "to date": both summed up to `asOfYear` (the latest year with invoices); nothing is projected before
 *   the plan's first year.
 */
import type { Cents } from '../money';

export interface SavingsYear {
	year: number;
	/** 1-based year of the plan; 0 or less before the plan starts. */
	planYear: number;
	projectedCents: Cents;
	/** null for a year with no imported invoice (nothing can be said yet). */
	realisedCents: Cents | null;
}

export interface SavingsProgress {
	years: SavingsYear[];
	projectedToDateCents: Cents;
	realisedToDateCents: Cents;
	/** The last year counted in "to date"; null when the plan has not started by then. */
	asOfYear: number | null;
}

/**
 * Lays the projection over calendar years from `startYear`, adds the realised savings of each year in
 * `realisedByYear` (years without invoices absent from the map; earlier years than the plan get a row with
 * nothing projected), and sums both up to `asOfYear`. Years sorted.
 */
export function computeSavingsProgress(
	projectedByPlanYear: readonly { year: number; savingsCents: Cents }[],
	startYear: number,
	realisedByYear: ReadonlyMap<number, Cents>,
	asOfYear: number | null
): SavingsProgress {
	const planned = projectedByPlanYear.map((p) => {
		const year = startYear + p.year - 1;
		return {
			year,
			planYear: p.year,
			projectedCents: p.savingsCents,
			realisedCents: realisedByYear.get(year) ?? null
		};
	});
	const before = [...realisedByYear]
		.filter(([year]) => year < startYear)
		.map(([year, cents]) => ({
			year,
			planYear: year - startYear + 1,
			projectedCents: 0,
			realisedCents: cents
		}));
	const years = [...before, ...planned].sort((a, b) => a.year - b.year);
	const counted = years.filter((y) => asOfYear !== null && y.year <= asOfYear);
	return {
		years,
		projectedToDateCents: counted.reduce((n, y) => n + y.projectedCents, 0),
		realisedToDateCents: counted.reduce((n, y) => n + (y.realisedCents ?? 0), 0),
		asOfYear: counted.length > 0 ? (asOfYear ?? null) : null
	};
}

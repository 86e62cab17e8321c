/**
 * The migration plan of a scenario, in calendar time and by product family: how many seats should be on
 * the open-source alternative at any date. Pure.
 *
 * Same rollout as the savings model (savings/model.ts): for line l, migratable seats u_l = S_l × (1 − r_l)
 * (r_l its residual share, else the scenario's likely residual share) and seats on the alternative during
 * plan year t = u_l × C_t, C_t = min(1, w_1 + … + w_t) (waves switch at the start of each year). Plan year 1
 * is the calendar year `startYear`; before it nothing is planned, after the horizon C stays at its last value.
 */
import { computeRolloutShares, pickLikelyValues, resolveResidualShare, type Scenario } from '../savings';

export interface FamilyPlanYear {
	/** Calendar year. */
	year: number;
	/** Share of migratable seats switched at the start of this year (w_t). */
	wave: number;
	/** Cumulative share C_t. */
	cumulativeShare: number;
	/** Σ u_l × C_t over the family's lines: seats planned on the alternative during the year. */
	plannedSeats: number;
}

export interface FamilyPlan {
	family: string;
	/** Line labels of the scenario in this family. */
	lines: string[];
	/** Catalogue ids of the proprietary products the family's lines replace. */
	catalogueIds: string[];
	/** Catalogue ids of the alternatives the lines switch to. */
	alternativeIds: string[];
	seats: number;
	migratableSeats: number;
	years: FamilyPlanYear[];
}

/**
 * Groups the scenario's lines by family (`familyOf` maps a catalogue id to its category; a line without
 * one is grouped under 'other') and spreads the waves over calendar years from `startYear`.
 * Lines kept whole on the proprietary side (residual share 1) add seats but no migratable seat.
 */
export function computeFamilyPlans(
	scenario: Scenario,
	startYear: number,
	familyOf: (catalogueId: string | null) => string | null
): FamilyPlan[] {
	const values = pickLikelyValues(scenario.assumptions);
	const shares = computeRolloutShares(scenario.waves, scenario.horizonYears);
	const families = new Map<string, FamilyPlan>();
	for (const line of scenario.lines) {
		const family = familyOf(line.catalogueId) ?? 'other';
		const plan = families.get(family) ?? {
			family,
			lines: [],
			catalogueIds: [],
			alternativeIds: [],
			seats: 0,
			migratableSeats: 0,
			years: shares.cumulative.map((c, t) => ({
				year: startYear + t,
				wave: shares.started[t],
				cumulativeShare: c,
				plannedSeats: 0
			}))
		};
		const migratable = line.seats * (1 - resolveResidualShare(line, values));
		plan.lines.push(line.label);
		if (line.catalogueId && !plan.catalogueIds.includes(line.catalogueId))
			plan.catalogueIds.push(line.catalogueId);
		if (line.alternativeId && !plan.alternativeIds.includes(line.alternativeId))
			plan.alternativeIds.push(line.alternativeId);
		plan.seats += line.seats;
		plan.migratableSeats += migratable;
		plan.years.forEach((y, t) => (y.plannedSeats += migratable * shares.cumulative[t]));
		families.set(family, plan);
	}
	return [...families.values()].sort((a, b) => b.seats - a.seats || a.family.localeCompare(b.family));
}

/**
 * Seats planned on the alternative at `date` (yyyy-mm-dd): the value of the plan year containing it,
 * 0 before the plan starts, the last year's value after the horizon.
 */
export function computePlannedSeatsAt(plan: FamilyPlan, date: string): number {
	return computePlannedShareAt(plan, date) * plan.migratableSeats;
}

/** Cumulative share C of the plan year containing `date` (0 before the start, last value after the horizon). */
export function computePlannedShareAt(plan: Pick<FamilyPlan, 'years'>, date: string): number {
	const year = Number(date.slice(0, 4));
	const first = plan.years[0];
	if (!first || year < first.year) return 0;
	const match = plan.years.find((y) => y.year === year) ?? plan.years[plan.years.length - 1];
	return match.cumulativeShare;
}

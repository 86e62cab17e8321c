/**
 * One family's planned and realised seats on the alternative over time, on a common date axis: the usage
 * report dates and the first day of each plan year up to `lastYear`. Pure.
 */
import type { FamilyAdoption } from './adoption';
import { computePlannedSeatsAt, type FamilyPlan } from './migration-plan';

export interface FamilyTimeline {
	dates: string[];
	/** Seats planned on the alternative at each date; null without a plan. */
	planned: (number | null)[];
	/** Realised migrated seats at report dates; null at plan-only dates. */
	realised: (number | null)[];
	proprietaryActive: (number | null)[];
	openSourceActive: (number | null)[];
}

/**
 * Merges the plan's yearly milestones (1 January of each plan year ≤ lastYear) with the report dates,
 * sorted, each date once. Planned values follow computePlannedSeatsAt; measured values come from the
 * adoption points at their own dates.
 */
export function computeFamilyTimeline(
	plan: FamilyPlan | null,
	adoption: FamilyAdoption | null,
	lastYear: number
): FamilyTimeline {
	const points = new Map((adoption?.points ?? []).map((p) => [p.date, p]));
	const milestones = (plan?.years ?? []).filter((y) => y.year <= lastYear).map((y) => `${y.year}-01-01`);
	const dates = [...new Set([...points.keys(), ...milestones])].sort();
	return {
		dates,
		planned: dates.map((d) => (plan ? computePlannedSeatsAt(plan, d) : null)),
		realised: dates.map((d) => points.get(d)?.realisedSeats ?? null),
		proprietaryActive: dates.map((d) => points.get(d)?.proprietaryActive ?? null),
		openSourceActive: dates.map((d) => points.get(d)?.openSourceActive ?? null)
	};
}

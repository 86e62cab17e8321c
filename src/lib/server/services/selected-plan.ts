/**
 * The scenario the organisation follows, with its central projection only, for pages that must answer
 * fast (dashboard, progress). getSelectedProjection (services/scenarios.ts) also runs the Monte Carlo, the
 * band and the tornado (about 90 ms on the demo): the dashboards need none of them. The first calendar
 * year follows the same rule as getSelectedProjection: the year after the latest imported spend.
 */
import { computeProjection, type Projection, type Scenario } from '../../domain/savings';
import type { Db } from '../db';
import { createScenariosRepository } from '../repositories/scenarios.repository';
import { ensureScenarioTemplates } from './scenarios';

export interface SelectedPlan {
	id: number;
	name: string;
	scenario: Scenario;
	projection: Projection;
	/** Calendar year of plan year 1. */
	startYear: number;
}

/**
 * The followed scenario and its projection, or null when there is none. `latestSpendYear` is the latest
 * year with imported spend (plan year 1 is the next one); `fallbackYear` (the current year) is used
 * when no spend was imported.
 */
export function readSelectedPlan(
	db: Db,
	orgId: number,
	latestSpendYear: number | null,
	fallbackYear: number
): SelectedPlan | null {
	ensureScenarioTemplates(db, orgId);
	const selected = createScenariosRepository(db).getSelected(orgId);
	if (!selected) return null;
	return {
		id: selected.id,
		name: selected.name,
		scenario: selected.scenario,
		projection: computeProjection(selected.scenario),
		startYear: latestSpendYear === null ? fallbackYear : latestSpendYear + 1
	};
}

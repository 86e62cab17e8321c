/**
 * Evaluates a scenario file (`cap-libre simulate`): checked by parseScenario, completed with the
 * organisation's data when there is one (lines, seats, prices, agent count), and computed with every
 * figure of the model. Also how the model is checked against published cases (docs/examples/).
 */
import { DEFAULT_CATALOGUE } from '../../domain/catalogue';
import { parseScenario, type Scenario } from '../../domain/savings';
import { computeScenarioFigures, type ScenarioFigures } from '../../charts/savings-figures';
import { fillScenarioFromData } from '../../scenarios/fill-from-data';
import type { Db } from '../db';
import { getScenarioData } from './scenarios';

export type SimulationResult =
	| {
			ok: true;
			scenario: Scenario;
			figures: ScenarioFigures;
			filled: string[];
			firstCalendarYear: number | null;
	  }
	| { ok: false; errors: string[] };

/**
 * With an organisation: its catalogue, and its data fills what the file leaves out (fill-from-data.ts).
 * Without: the shipped catalogue, and the file must give every seat count and price itself.
 */
export function simulateScenario(
	json: unknown,
	organisation: { db: Db; orgId: number } | null
): SimulationResult {
	const data = organisation ? getScenarioData(organisation.db, organisation.orgId) : null;
	const { json: completed, filled } = fillScenarioFromData(json, data);
	const parsed = parseScenario(completed, data?.catalogue ?? DEFAULT_CATALOGUE);
	if (!parsed.ok) return parsed;
	return {
		ok: true,
		scenario: parsed.scenario,
		figures: computeScenarioFigures(parsed.scenario),
		filled,
		firstCalendarYear: data?.firstCalendarYear ?? null
	};
}

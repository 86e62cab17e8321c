/**
 * Minimal scenarios for tests and examples: every cost is zero and every factor neutral unless given, so a
 * test states only the figures its hand computation uses.
 */
import { fixedRange } from './assumptions';
import { type AssumptionKey, type Scenario, type ScenarioAssumptions, type ScenarioLine } from './types';

const NEUTRAL: Record<AssumptionKey, number> = {
	residualShare: 0,
	priceEscalationRate: 0,
	oneOffCostFactor: 1,
	recurringCostFactor: 1,
	trainingDaysFactor: 1,
	trainingDayCostCents: 0,
	agentDayCostCents: 0,
	dualRunningMonths: 0,
	productivityDipDaysPerAgent: 0,
	hardwareSavingFactor: 1
};

/** A line with `seats` seats at `unitPriceCentsPerYear` and no switching cost unless overridden. */
export function createTestLine(fields: Partial<ScenarioLine> = {}): ScenarioLine {
	return {
		id: 'ligne',
		label: 'Ligne',
		catalogueId: null,
		alternativeId: null,
		seats: 0,
		unitPriceCentsPerYear: 0,
		priceScheduleCentsPerSeat: null,
		oneOffCentsPerSeat: 0,
		recurringCentsPerSeatYear: 0,
		trainingDaysPerAgent: 0,
		hardwareCentsPerSeatYear: 0,
		residualShare: null,
		...fields
	};
}

/** A scenario with fixed (certain) assumptions: neutral values overridden by `values`. */
export function createTestScenario(
	fields: Partial<Omit<Scenario, 'assumptions'>> = {},
	values: Partial<Record<AssumptionKey, number>> = {}
): Scenario {
	const range = (key: AssumptionKey) => fixedRange(values[key] ?? NEUTRAL[key]);
	const assumptions: ScenarioAssumptions = {
		residualShare: range('residualShare'),
		priceEscalationRate: range('priceEscalationRate'),
		oneOffCostFactor: range('oneOffCostFactor'),
		recurringCostFactor: range('recurringCostFactor'),
		trainingDaysFactor: range('trainingDaysFactor'),
		trainingDayCostCents: range('trainingDayCostCents'),
		agentDayCostCents: range('agentDayCostCents'),
		dualRunningMonths: range('dualRunningMonths'),
		productivityDipDaysPerAgent: range('productivityDipDaysPerAgent'),
		hardwareSavingFactor: range('hardwareSavingFactor')
	};
	return {
		schemaVersion: 1,
		name: 'Test',
		template: null,
		horizonYears: 3,
		discountRate: 0,
		waves: [1],
		agentCount: null,
		lines: [],
		...fields,
		assumptions
	};
}

import { describe, expect, test } from 'vitest';
import { benchmarkMonteCarloInput } from './benchmark';
import { computeProjection, computeRolloutShares } from './model';
import { createTestLine, createTestScenario } from './test-scenario';
import type { AssumptionKey, Scenario, ScenarioLine } from './types';

interface Case {
	name: string;
	line: Partial<ScenarioLine>;
	scenario?: Partial<Omit<Scenario, 'assumptions' | 'lines'>>;
	values?: Partial<Record<AssumptionKey, number>>;
	baseline?: number[];
	savings: number[];
	payback: number | null;
}

// Every expectation below is computed by hand from the formulas in model.ts (cents).
const CASES: Case[] = [
	{
		name: 'zero seats cost and save nothing',
		line: { seats: 0, unitPriceCentsPerYear: 12_000 },
		baseline: [0, 0, 0],
		savings: [0, 0, 0],
		payback: null
	},
	{
		name: 'a 0 % rollout leaves the scenario equal to the baseline',
		line: { seats: 10, unitPriceCentsPerYear: 12_000 },
		scenario: { waves: [0] },
		baseline: [120_000, 120_000, 120_000],
		savings: [0, 0, 0],
		payback: null
	},
	{
		name: 'a 100 % rollout in year 1 with no cost saves every licence',
		line: { seats: 10, unitPriceCentsPerYear: 12_000 },
		savings: [120_000, 120_000, 120_000],
		payback: 1
	},
	{
		name: 'a 1-year horizon counts only the first wave',
		line: { seats: 10, unitPriceCentsPerYear: 12_000, oneOffCentsPerSeat: 10_000 },
		scenario: { horizonYears: 1, waves: [0.5, 0.5] },
		savings: [10_000],
		payback: 1
	},
	{
		name: 'costs larger than licences give negative savings and no payback',
		line: {
			seats: 100,
			unitPriceCentsPerYear: 12_000,
			oneOffCentsPerSeat: 10_000,
			recurringCentsPerSeatYear: 1_000,
			trainingDaysPerAgent: 1
		},
		scenario: { waves: [0.5, 0.5] },
		values: { trainingDayCostCents: 15_000, agentDayCostCents: 20_000 },
		// Y1: 1 200 000 − (600 000 + 50 000 + 500 000 + 1 750 000); Y2: 0 − (100 000 + 500 000 + 1 750 000); Y3: −100 000.
		savings: [-1_700_000, -1_150_000, 1_100_000],
		payback: null
	},
	{
		name: 'the licence price escalates from year 2',
		line: { seats: 1, unitPriceCentsPerYear: 10_000 },
		values: { priceEscalationRate: 0.1 },
		baseline: [10_000, 11_000, 12_100],
		savings: [10_000, 11_000, 12_100],
		payback: 1
	},
	{
		name: 'a 25 % residual share keeps a quarter of the licences',
		line: { seats: 100, unitPriceCentsPerYear: 100 },
		values: { residualShare: 0.25 },
		savings: [7_500, 7_500, 7_500],
		payback: 1
	},
	{
		name: 'a line residual share overrides the scenario one',
		line: { seats: 100, unitPriceCentsPerYear: 100, residualShare: 0.5 },
		values: { residualShare: 0.25 },
		savings: [5_000, 5_000, 5_000],
		payback: 1
	},
	{
		name: '6 months of dual running pay half a licence per switched seat',
		line: { seats: 10, unitPriceCentsPerYear: 1_200 },
		values: { dualRunningMonths: 6 },
		savings: [6_000, 12_000, 12_000],
		payback: 1
	},
	{
		name: 'a price schedule (ESU) replaces price × escalation and ends with its last year',
		line: { seats: 2, unitPriceCentsPerYear: 1, priceScheduleCentsPerSeat: [5_246, 10_492, 20_984] },
		scenario: { horizonYears: 4, waves: [0, 1] },
		values: { priceEscalationRate: 0.5 },
		baseline: [10_492, 20_984, 41_968, 0],
		savings: [0, 20_984, 41_968, 0],
		payback: 1
	},
	{
		name: 'avoided hardware renewal counts for migrated seats',
		line: { seats: 10, hardwareCentsPerSeatYear: 4_500 },
		values: { hardwareSavingFactor: 0.5 },
		baseline: [22_500, 22_500, 22_500],
		savings: [22_500, 22_500, 22_500],
		payback: 1
	},
	{
		name: 'a productivity dip costs agent days in the switching year only',
		line: { seats: 10 },
		scenario: { horizonYears: 2 },
		values: { productivityDipDaysPerAgent: 2, agentDayCostCents: 20_000 },
		savings: [-400_000, 0],
		payback: null
	},
	{
		name: 'cost factors scale the line costs',
		line: { seats: 10, oneOffCentsPerSeat: 100, recurringCentsPerSeatYear: 1_000, trainingDaysPerAgent: 1 },
		scenario: { horizonYears: 2 },
		values: {
			oneOffCostFactor: 2,
			recurringCostFactor: 0.5,
			trainingDaysFactor: 2,
			trainingDayCostCents: 100
		},
		savings: [-2_000 - 5_000 - 2_000, -5_000],
		payback: null
	},
	{
		name: 'fractional seats are rounded once per bucket, half away from zero',
		line: { seats: 1, unitPriceCentsPerYear: 3 },
		scenario: { horizonYears: 1, waves: [0.5] },
		baseline: [3],
		savings: [1],
		payback: 1
	}
];

describe('computeProjection', () => {
	test.each(CASES)('$name', ({ line, scenario, values, baseline, savings, payback }) => {
		const projection = computeProjection(
			createTestScenario({ ...scenario, lines: [createTestLine(line)] }, values)
		);
		expect(projection.years.map((year) => year.savingsCents)).toEqual(savings);
		if (baseline) expect(projection.years.map((year) => year.baselineCents)).toEqual(baseline);
		expect(projection.paybackYear).toBe(payback);
		expect(projection.cumulativeSavingsCents).toBe(savings.reduce((sum, value) => sum + value, 0));
	});

	test.each(CASES)('NPV at 0 % equals the sum of the savings: $name', ({ line, scenario, values }) => {
		const projection = computeProjection(
			createTestScenario({ ...scenario, discountRate: 0, lines: [createTestLine(line)] }, values)
		);
		expect(projection.npvCents).toBe(projection.cumulativeSavingsCents);
	});

	test('NPV discounts year t by (1 + r)^(t − 1)', () => {
		// Savings 10 000, 11 000, 12 100 discounted at 10 %: 10 000 each.
		const scenario = createTestScenario(
			{ discountRate: 0.1, lines: [createTestLine({ seats: 1, unitPriceCentsPerYear: 10_000 })] },
			{ priceEscalationRate: 0.1 }
		);
		const projection = computeProjection(scenario);
		expect(projection.years.map((year) => year.discountedSavingsCents)).toEqual([10_000, 10_000, 10_000]);
		expect(projection.npvCents).toBe(30_000);
	});

	test.each([
		[4, 90_000],
		[null, 36_000],
		[0, null]
	])('savings per agent with agentCount %s is %s cents', (agentCount, perAgent) => {
		const scenario = createTestScenario({
			agentCount,
			lines: [createTestLine({ seats: 10, unitPriceCentsPerYear: 12_000 })]
		});
		expect(computeProjection(scenario).savingsPerAgentCents).toBe(perAgent);
	});

	test('lines and cost buckets add up to the yearly totals', () => {
		const projection = computeProjection(benchmarkMonteCarloInput());
		const lineSavings = projection.lines.reduce((sum, line) => sum + line.savingsCents, 0);
		expect(lineSavings).toBe(projection.cumulativeSavingsCents);
		for (const year of projection.years) {
			const buckets = Object.values(year.scenarioCosts).reduce((sum, cents) => sum + cents, 0);
			expect(buckets).toBe(year.scenarioCents);
			expect(year.baselineCents - year.scenarioCents).toBe(year.savingsCents);
			expect(Number.isInteger(year.savingsCents) && Number.isInteger(year.discountedSavingsCents)).toBe(true);
		}
	});

	test('migrated seats follow the waves net of the residual share', () => {
		const scenario = createTestScenario(
			{ waves: [0.25, 0.75], lines: [createTestLine({ seats: 200, unitPriceCentsPerYear: 1 })] },
			{ residualShare: 0.5 }
		);
		expect(computeProjection(scenario).years.map((year) => year.migratedSeats)).toEqual([25, 100, 100]);
	});
});

describe('computeRolloutShares', () => {
	test.each([
		[[0.1, 0.4, 0.5], 3, [0.1, 0.5, 1], [0.1, 0.4, 0.5]],
		[[0.6, 0.6], 3, [0.6, 1, 1], [0.6, 0.4, 0]],
		[[1], 2, [1, 1], [1, 0]],
		[[0.5, 0.5], 1, [0.5], [0.5]]
	])('waves %j over %i years: cumulative %j, started %j', (waves, years, cumulative, started) => {
		const shares = computeRolloutShares(waves, years);
		shares.cumulative.forEach((value, t) => expect(value).toBeCloseTo(cumulative[t], 12));
		shares.started.forEach((value, t) => expect(value).toBeCloseTo(started[t], 12));
	});
});

import { describe, expect, test } from 'vitest';
import { fixedRange, pickValues } from './assumptions';
import { benchmarkMonteCarloInput, BENCHMARK_LINE_COUNT } from './benchmark';
import { computeProjection } from './model';
import { computePercentile, runMonteCarlo } from './monte-carlo';
import { SCENARIO_TEMPLATES } from './templates';
import { createTestLine, createTestScenario } from './test-scenario';
import { ASSUMPTION_KEYS, TEMPLATE_IDS, type Scenario, type ScenarioAssumptions } from './types';

/** The benchmark scenario with every range replaced by `map(range)`. */
function withRanges(
	scenario: Scenario,
	map: (key: (typeof ASSUMPTION_KEYS)[number]) => { low: number; likely: number; high: number }
): Scenario {
	const assumptions = structuredClone(scenario.assumptions);
	for (const key of ASSUMPTION_KEYS) assumptions[key] = map(key);
	return { ...scenario, assumptions, discountRate: 0.032 };
}

describe('runMonteCarlo', () => {
	const scenario = benchmarkMonteCarloInput();

	test('is reproducible for a seed and changes with the seed', () => {
		const first = runMonteCarlo(scenario, { draws: 2_000, seed: 11 });
		expect(runMonteCarlo(scenario, { draws: 2_000, seed: 11 })).toEqual(first);
		expect(runMonteCarlo(scenario, { draws: 2_000, seed: 12 }).npv.p50).not.toBe(first.npv.p50);
	});

	test('runs the default 10,000 draws over the 50-line benchmark and orders its percentiles', () => {
		expect(scenario.lines).toHaveLength(BENCHMARK_LINE_COUNT);
		const result = runMonteCarlo(scenario);
		expect(result.draws).toBe(10_000);
		for (const summary of [result.cumulativeSavings, result.npv]) {
			expect(summary.p10).toBeLessThanOrEqual(summary.p50);
			expect(summary.p50).toBeLessThanOrEqual(summary.p90);
			expect(summary.p10).toBeLessThan(summary.p90);
		}
		expect(result.probabilityOfSaving).toBeGreaterThanOrEqual(0);
		expect(result.probabilityOfSaving).toBeLessThanOrEqual(1);
	});

	// Fixed ranges at the low or high point of each template: every draw must equal the deterministic
	// projection, which also checks that each drawn value reaches the right assumption.
	test.each(TEMPLATE_IDS.flatMap((id) => (['low', 'high'] as const).map((point) => [id, point] as const)))(
		'with certain assumptions (%s template, %s point) every draw equals the deterministic projection',
		(templateId, point) => {
			const values = pickValues(SCENARIO_TEMPLATES[templateId].assumptions, point);
			const certain = withRanges(scenario, (key) => fixedRange(values[key]));
			const projection = computeProjection(certain);
			const result = runMonteCarlo(certain, { draws: 50 });
			// The model rounds 9 buckets per line and year; the simulation does not.
			const tolerance = 9 * certain.lines.length * certain.horizonYears;
			for (const summary of [result.cumulativeSavings]) {
				expect(Math.abs(summary.p10 - projection.cumulativeSavingsCents)).toBeLessThanOrEqual(tolerance);
				expect(summary.p90).toBe(summary.p10);
			}
			expect(Math.abs(result.npv.p50 - projection.npvCents)).toBeLessThanOrEqual(tolerance);
		}
	);

	test('with narrow symmetric ranges the P50 converges to the deterministic central value', () => {
		const central = SCENARIO_TEMPLATES.central.assumptions;
		const narrow = withRanges(scenario, (key) => {
			const likely = central[key].likely;
			return { low: likely * 0.999, likely, high: likely * 1.001 };
		});
		const projection = computeProjection(narrow);
		const result = runMonteCarlo(narrow);
		expect(Math.abs(result.cumulativeSavings.p50 - projection.cumulativeSavingsCents)).toBeLessThan(
			Math.abs(projection.cumulativeSavingsCents) * 0.005
		);
		expect(Math.abs(result.npv.p50 - projection.npvCents)).toBeLessThan(
			Math.abs(projection.npvCents) * 0.005
		);
	});

	test.each([
		[12_000, 0, 1],
		[100, 50_000, 0]
	])(
		'a line at %i cents per year with %i cents of one-off cost saves money with probability %s',
		(price, oneOff, probability) => {
			const line = createTestLine({ seats: 10, unitPriceCentsPerYear: price, oneOffCentsPerSeat: oneOff });
			const assumptions: ScenarioAssumptions = {
				...createTestScenario().assumptions,
				oneOffCostFactor: { low: 0.9, likely: 1, high: 1.2 }
			};
			const result = runMonteCarlo(
				{ ...createTestScenario({ lines: [line] }), assumptions },
				{ draws: 1_000 }
			);
			expect(result.probabilityOfSaving).toBe(probability);
			expect(result.probabilityNpvPositive).toBe(probability);
		}
	);
});

describe('computePercentile', () => {
	test.each([
		[[1, 2, 3, 4, 5], 0.5, 3],
		[[1, 2, 3, 4, 5], 0.1, 1.4],
		[[1, 2, 3, 4, 5], 0.9, 4.6],
		[[7], 0.9, 7],
		[[], 0.5, 0]
	])('percentile of %j at %s is %s (linear between ranks)', (values, q, expected) => {
		expect(computePercentile(Float64Array.from(values), q)).toBeCloseTo(expected, 12);
	});
});

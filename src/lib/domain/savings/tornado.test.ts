import { describe, expect, test } from 'vitest';
import { pickLikelyValues } from './assumptions';
import { benchmarkMonteCarloInput } from './benchmark';
import { computeProjection } from './model';
import { createTestLine, createTestScenario } from './test-scenario';
import { computeTornado } from './tornado';
import type { ScenarioAssumptions } from './types';

describe('computeTornado', () => {
	test('only uncertain assumptions get a bar, computed by hand', () => {
		// 10 seats at 10 000 cents, all switched in year 1, 2 years at 0 %: one-off 100 cents per seat at
		// factor 0.5 or 3 → NPV 200 000 − 500 or − 3 000.
		const base = createTestScenario({
			horizonYears: 2,
			lines: [createTestLine({ seats: 10, unitPriceCentsPerYear: 10_000, oneOffCentsPerSeat: 100 })]
		});
		const assumptions: ScenarioAssumptions = {
			...base.assumptions,
			oneOffCostFactor: { low: 0.5, likely: 1, high: 3 }
		};
		const tornado = computeTornado({ ...base, assumptions });
		expect(tornado.baseNpvCents).toBe(200_000 - 1_000);
		expect(tornado.bars).toEqual([
			{
				key: 'oneOffCostFactor',
				label: 'Coûts ponctuels de migration',
				low: 0.5,
				high: 3,
				npvAtLowCents: 199_500,
				npvAtHighCents: 197_000,
				swingCents: 2_500
			}
		]);
	});

	test('bars are sorted by swing and match one-at-a-time projections', () => {
		const scenario = benchmarkMonteCarloInput();
		const likely = pickLikelyValues(scenario.assumptions);
		const { bars } = computeTornado(scenario);
		expect(bars.length).toBeGreaterThan(3);
		for (let i = 1; i < bars.length; i++)
			expect(bars[i - 1].swingCents).toBeGreaterThanOrEqual(bars[i].swingCents);
		for (const bar of bars) {
			expect(bar.npvAtHighCents).toBe(
				computeProjection(scenario, { ...likely, [bar.key]: bar.high }).npvCents
			);
		}
	});
});

import { describe, expect, test } from 'vitest';
import { runMonteCarlo } from '../domain/savings';
import { createTestLine, createTestScenario } from '../domain/savings/test-scenario';
import { computeCumulativeBand, computeScenarioFigures } from './savings-figures';

// 100 seats at 100 € a year, all switched in year 1 for 50 € each; the one-off factor is uncertain.
const uncertain = () => {
	const scenario = createTestScenario({
		horizonYears: 4,
		waves: [1],
		lines: [createTestLine({ seats: 100, unitPriceCentsPerYear: 10_000, oneOffCentsPerSeat: 5_000 })]
	});
	scenario.assumptions.oneOffCostFactor = { low: 0.5, likely: 1, high: 3 };
	return scenario;
};

describe('computeCumulativeBand', () => {
	test('has one point per year and its last point is the full run’s percentiles', () => {
		const scenario = uncertain();
		const band = computeCumulativeBand(scenario, { draws: 2_000 });
		const full = runMonteCarlo(scenario, { draws: 2_000 });
		expect(band.map((point) => point.year)).toEqual([1, 2, 3, 4]);
		expect(band[3]).toEqual({
			year: 4,
			p10: full.cumulativeSavings.p10,
			p50: full.cumulativeSavings.p50,
			p90: full.cumulativeSavings.p90
		});
	});

	test.each([
		// Certain assumptions: every percentile is the hand-computed cumulative saving.
		// Year t: baseline 100 × 100 € = 10,000 €, scenario 0 € except the one-off 100 × 50 € = 5,000 € in year 1.
		[1, 500_000],
		[2, 1_500_000],
		[3, 2_500_000]
	])('with certain assumptions, the band at year %i collapses to %i cents', (year, cents) => {
		const scenario = createTestScenario({
			horizonYears: 3,
			waves: [1],
			lines: [createTestLine({ seats: 100, unitPriceCentsPerYear: 10_000, oneOffCentsPerSeat: 5_000 })]
		});
		const point = computeCumulativeBand(scenario, { draws: 100 })[year - 1];
		expect([point.p10, point.p50, point.p90]).toEqual([cents, cents, cents]);
	});

	test('the band widens with the years of a recurring uncertainty and keeps P10 ≤ P50 ≤ P90', () => {
		const scenario = uncertain();
		scenario.assumptions.priceEscalationRate = { low: 0, likely: 0.03, high: 0.1 };
		const band = computeCumulativeBand(scenario, { draws: 2_000 });
		for (const point of band) {
			expect(point.p10).toBeLessThanOrEqual(point.p50);
			expect(point.p50).toBeLessThanOrEqual(point.p90);
		}
		expect(band[3].p90 - band[3].p10).toBeGreaterThan(band[1].p90 - band[1].p10);
	});
});

describe('computeScenarioFigures', () => {
	test('is deterministic: the same scenario gives the same figures', () => {
		expect(computeScenarioFigures(uncertain(), { draws: 500 })).toEqual(
			computeScenarioFigures(uncertain(), { draws: 500 })
		);
	});

	test('gathers the projection, the default 10,000 draws, the band and the tornado', () => {
		const figures = computeScenarioFigures(uncertain());
		expect(figures.monteCarlo.draws).toBe(10_000);
		expect(figures.band).toHaveLength(4);
		expect(figures.tornado.bars.map((bar) => bar.key)).toEqual(['oneOffCostFactor']);
		// 4 years × 10,000 € − 5,000 € of one-off costs.
		expect(figures.projection.cumulativeSavingsCents).toBe(3_500_000);
	});
});

import { describe, expect, test } from 'vitest';
import { computeProjection } from '../domain/savings';
import { createTestLine, createTestScenario } from '../domain/savings/test-scenario';
import { buildCumulativeChart } from './savings-cumulative';

// 10 seats at 100 € a year, switched in year 1 for 300 € each, over 3 years, no discounting:
// baseline 1,000 € a year; scenario 3,000 € in year 1 then 0 €; savings −2,000, +1,000, +1,000 €.
const scenario = createTestScenario({
	horizonYears: 3,
	waves: [1],
	lines: [createTestLine({ seats: 10, unitPriceCentsPerYear: 10_000, oneOffCentsPerSeat: 30_000 })]
});
const projection = computeProjection(scenario);

const cumulativeText = {
	title: 'Économies cumulées',
	yearTemplate: 'Année {year}',
	yearHeader: 'Année',
	centralLabel: 'Central',
	p10Label: 'P10',
	p50Label: 'P50',
	p90Label: 'P90',
	summaryTemplate: '{central} en {years} ans ; {p10} à {p90} sur {draws} tirages ; {probability}.',
	emptySummaryTemplate: '{title} : aucune donnée.'
};
const band = [
	{ year: 1, p10: -250_000, p50: -200_000, p90: -150_000 },
	{ year: 2, p10: -150_000, p50: -100_000, p90: -50_000 },
	{ year: 3, p10: -50_000, p50: 0, p90: 60_000 }
];

describe('buildCumulativeChart', () => {
	test('fills the P90 line down to the P10 line and draws the central line', () => {
		const { config } = buildCumulativeChart(
			projection,
			band,
			{ draws: 10_000, probabilityOfSaving: 0.4 },
			cumulativeText
		);
		expect(config.data.datasets.map((d) => [d.label, d.fill])).toEqual([
			['P90', '+1'],
			['P10', false],
			['Central', false]
		]);
		expect(config.data.datasets[2].data).toEqual([-2_000, -1_000, 0]);
		expect(config.data.datasets[0].data).toEqual([-1_500, -500, 600]);
	});

	test.each([
		[
			0,
			[
				'Année 1',
				'-2\u202f000,00\u00a0€',
				'-2\u202f500,00\u00a0€',
				'-2\u202f000,00\u00a0€',
				'-1\u202f500,00\u00a0€'
			]
		],
		[2, ['Année 3', '0,00\u00a0€', '-500,00\u00a0€', '0,00\u00a0€', '600,00\u00a0€']]
	])('table row %i lists the central value and the percentiles', (row, expected) => {
		const { table } = buildCumulativeChart(
			projection,
			band,
			{ draws: 10_000, probabilityOfSaving: 0.4 },
			cumulativeText
		);
		expect(table.rows[row]).toEqual(expected);
	});

	test('the summary gives the 80 % interval of the last year and the probability of saving', () => {
		const { summary } = buildCumulativeChart(
			projection,
			band,
			{ draws: 10_000, probabilityOfSaving: 0.4 },
			cumulativeText
		);
		expect(summary).toBe('0\u00a0€ en 3 ans ; -500\u00a0€ à 600\u00a0€ sur 10\u202f000 tirages ; 40\u00a0%.');
	});
});

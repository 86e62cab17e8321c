import { describe, expect, test } from 'vitest';
import { computeProjection } from '../domain/savings';
import { createTestLine, createTestScenario } from '../domain/savings/test-scenario';
import { buildCashFlowChart } from './savings-cash-flow';

// 10 seats at 100 € a year, switched in year 1 for 300 € each, over 3 years, no discounting:
// baseline 1,000 € a year; scenario 3,000 € in year 1 then 0 €; savings −2,000, +1,000, +1,000 €.
const scenario = createTestScenario({
	horizonYears: 3,
	waves: [1],
	lines: [createTestLine({ seats: 10, unitPriceCentsPerYear: 10_000, oneOffCentsPerSeat: 30_000 })]
});
const projection = computeProjection(scenario);

const cashText = {
	title: 'Flux annuels',
	yearTemplate: 'Année {year}',
	yearHeader: 'Année',
	baselineLabel: 'Sans changement',
	scenarioLabel: 'Scénario',
	savingsLabel: 'Économie',
	cumulativeLabel: 'Cumul',
	discountedLabel: 'Actualisée',
	summaryTemplate: '{title} : {years} ans, {baseline} contre {scenario}, économie {savings}, an 1 {first}.',
	emptySummaryTemplate: '{title} : aucune donnée.'
};

describe('buildCashFlowChart', () => {
	test('plots baseline, scenario and saving per year in euros', () => {
		const { config } = buildCashFlowChart(projection, cashText);
		expect(config.data.labels).toEqual(['Année 1', 'Année 2', 'Année 3']);
		expect(config.data.datasets.map((d) => d.data)).toEqual([
			[1_000, 1_000, 1_000],
			[3_000, 0, 0],
			[-2_000, 1_000, 1_000]
		]);
	});

	test('the table gives cumulated and discounted savings to the cent', () => {
		const { table } = buildCashFlowChart(projection, cashText, 2026);
		expect(table.rows[0]).toEqual([
			'Année 1 (2026)',
			'1\u202f000,00\u00a0€',
			'3\u202f000,00\u00a0€',
			'-2\u202f000,00\u00a0€',
			'-2\u202f000,00\u00a0€',
			'-2\u202f000,00\u00a0€'
		]);
		expect(table.rows[2][4]).toBe('0,00\u00a0€');
	});

	test('the summary states the totals and the first year', () => {
		expect(buildCashFlowChart(projection, cashText).summary).toBe(
			'Flux annuels : 3 ans, 3\u202f000\u00a0€ contre 3\u202f000\u00a0€, économie 0\u00a0€, an 1 -2\u202f000\u00a0€.'
		);
	});

	test('an empty horizon gives the empty summary', () => {
		expect(buildCashFlowChart({ ...projection, years: [] }, cashText).summary).toBe(
			'Flux annuels : aucune donnée.'
		);
	});
});

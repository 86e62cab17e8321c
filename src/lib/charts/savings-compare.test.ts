import { describe, expect, test } from 'vitest';
import { buildCompareChart } from './savings-compare';

const text = {
	title: 'Économies cumulées par scénario',
	yearTemplate: 'Année {year}',
	yearHeader: 'Année',
	summaryTemplate: '{title} : de {min} ({minName}) à {max} ({maxName}).',
	emptySummaryTemplate: '{title} : aucun scénario.'
};
const scenarios = [
	{ name: 'Prudent', cumulativeByYear: [-300_000, -200_000, 100_000] },
	{ name: 'Ambitieux', cumulativeByYear: [-500_000, 400_000] }
];

describe('buildCompareChart', () => {
	test('draws one line per scenario in euros, over the longest horizon', () => {
		const { config } = buildCompareChart(scenarios, text);
		expect(config.data.labels).toEqual(['Année 1', 'Année 2', 'Année 3']);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Prudent', [-3_000, -2_000, 1_000]],
			['Ambitieux', [-5_000, 4_000]]
		]);
		expect(config.data.datasets.map((d) => d.borderDash)).toEqual([[], [6, 4]]);
	});

	test.each([
		[0, ['Année 1', '-3\u202f000,00\u00a0€', '-5\u202f000,00\u00a0€']],
		[2, ['Année 3', '1\u202f000,00\u00a0€', '—']]
	])('table row %i has one column per scenario', (row, expected) => {
		expect(buildCompareChart(scenarios, text).table.rows[row]).toEqual(expected);
	});

	test('the summary gives the lowest and highest final savings', () => {
		expect(buildCompareChart(scenarios, text).summary).toBe(
			'Économies cumulées par scénario : de 1\u202f000\u00a0€ (Prudent) à 4\u202f000\u00a0€ (Ambitieux).'
		);
		expect(buildCompareChart([], text).summary).toBe('Économies cumulées par scénario : aucun scénario.');
	});
});

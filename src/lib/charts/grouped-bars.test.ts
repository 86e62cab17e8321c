import { describe, expect, test } from 'vitest';
import { buildGroupedBars } from './grouped-bars';
import { PALETTE } from './palette';

const options = {
	title: 'Postes payés et utilisés',
	categoryHeader: 'Logiciel',
	unit: 'count' as const,
	summaryTemplate: '{title} : {count} logiciels. {totals}.',
	emptySummaryTemplate: '{title} : aucune donnée.'
};
const categories = ['Microsoft 365 Business Standard', 'Zoom Workplace'];
const series = [
	{ label: 'Payés', values: [380, 25] },
	{ label: 'Utilisés', values: [309, null] }
];

describe('buildGroupedBars', () => {
	test('one dataset per series, each in its own palette colour', () => {
		const { config } = buildGroupedBars(categories, series, options);
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Payés', 'Utilisés']);
		expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([PALETTE[0], PALETTE[1]]);
		expect(config.data.datasets[1].data).toEqual([309, null]);
	});

	test.each([
		[false, 'x', 'y'],
		[true, 'y', 'x']
	])('horizontal = %s: index axis %s, value axis %s', (horizontal, indexAxis, valueAxis) => {
		const { config } = buildGroupedBars(categories, series, { ...options, horizontal });
		expect(config.options?.indexAxis).toBe(indexAxis);
		expect(Object.keys(config.options?.scales ?? {})).toEqual([valueAxis]);
	});

	test('cents are plotted in euros and written in French in the table', () => {
		const { config, table } = buildGroupedBars(['2025'], [{ label: 'Prévu', values: [-1_000_060] }], {
			...options,
			unit: 'cents'
		});
		expect(config.data.datasets[0].data).toEqual([-10_000.6]);
		expect(table.rows).toEqual([['2025', '-10\u202f001\u00a0€']]);
	});

	test('the table lists every category, a missing value as a dash', () => {
		const { table } = buildGroupedBars(categories, series, options);
		expect(table.columns).toEqual(['Logiciel', 'Payés', 'Utilisés']);
		expect(table.rows).toEqual([
			['Microsoft 365 Business Standard', '380', '309'],
			['Zoom Workplace', '25', '—']
		]);
	});

	test.each([
		[categories, 'Postes payés et utilisés : 2 logiciels. Payés : 405 ; Utilisés : 309.'],
		[[], 'Postes payés et utilisés : aucune donnée.']
	])('summary of %j', (cats, expected) => {
		expect(buildGroupedBars(cats, cats.length ? series : [], options).summary).toBe(expected);
	});

	test.each<[string, (number | null)[], string]>([
		[
			'the three highest categories, with their share',
			[0.1, 0.5, 0.13, 0.06],
			'Prévu : B 50\u00a0%, C 13\u00a0%, A 10\u00a0%'
		],
		['one value when every category has it', [0, 0, 0, 0], 'Prévu : 0\u00a0%'],
		['missing shares are left out', [null, 0.2, null, null], 'Prévu : 20\u00a0%'],
		['no share at all', [null, null, null, null], 'Prévu : —']
	])('ratios are described, not summed: %s', (_name, values, expected) => {
		const { summary } = buildGroupedBars(['A', 'B', 'C', 'D'], [{ label: 'Prévu', values }], {
			...options,
			unit: 'ratio'
		});
		expect(summary).toContain(expected);
	});
});

import { describe, expect, test } from 'vitest';
import { buildSpendBars, foldSmallSlices, shortenLabel } from './spend-bars';

const slices = [
	{ label: 'Microsoft', cents: 7_000_000, share: 0.7 },
	{ label: 'Zoom', cents: 2_000_000, share: 0.2 },
	{ label: 'Adobe', cents: 600_000, share: 0.06 },
	{ label: 'Dropbox', cents: 400_000, share: 0.04 }
];
const options = {
	title: 'Dépense par éditeur',
	labelHeader: 'Éditeur',
	amountHeader: 'Montant TTC',
	shareHeader: 'Part',
	summaryTemplate: '{title} : {count} postes ; le premier, {label}, représente {amount} ({share}).',
	emptySummaryTemplate: '{title} : aucune donnée.'
};

describe('buildSpendBars', () => {
	test('bars are in euros, one colour per bar, horizontal', () => {
		const { config } = buildSpendBars(slices, options);
		expect(config.data.labels).toEqual(['Microsoft', 'Zoom', 'Adobe', 'Dropbox']);
		expect(config.data.datasets[0].data).toEqual([70_000, 20_000, 6_000, 4_000]);
		expect(new Set(config.data.datasets[0].backgroundColor as string[]).size).toBe(4);
		expect(config.options?.indexAxis).toBe('y');
	});

	test('the table alternative lists every slice with French amounts', () => {
		const { table } = buildSpendBars(slices, { ...options, maxBars: 2 });
		expect(table.columns).toEqual(['Éditeur', 'Montant TTC', 'Part']);
		expect(table.rows).toHaveLength(4);
		expect(table.rows[0]).toEqual(['Microsoft', '70\u202f000,00\u00a0€', '70,0\u00a0%']);
	});

	test('the summary names the largest slice', () => {
		expect(buildSpendBars(slices, options).summary).toContain('Microsoft');
		expect(buildSpendBars([], options).summary).toContain('aucune donnée');
	});
});

describe('foldSmallSlices', () => {
	test('folds the tail into one slice and keeps the total', () => {
		const folded = foldSmallSlices(slices, 3, 'Autres');
		expect(folded.map((s) => s.label)).toEqual(['Microsoft', 'Zoom', 'Autres (2)']);
		expect(folded[2].cents).toBe(1_000_000);
	});
	test('leaves a short list alone', () => {
		expect(foldSmallSlices(slices, 10, 'Autres')).toBe(slices);
	});
});

describe('shortenLabel', () => {
	test.each([
		['Zoom', 'Zoom'],
		['Finaxis GF - redevance annuelle de licence (25 utilisateurs)', 'Finaxis GF - redevance annuelle d…']
	])('%j → %j', (label, expected) => {
		expect(shortenLabel(label)).toBe(expected);
		expect(shortenLabel(label).length).toBeLessThanOrEqual(34);
	});
});

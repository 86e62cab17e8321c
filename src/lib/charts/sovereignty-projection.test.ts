import { describe, expect, test } from 'vitest';
import { buildSovereigntyProjection } from './sovereignty-projection';

const options = {
	title: 'Trajectoire',
	stepHeader: 'Étape',
	axisTitle: '%',
	series: [
		{ id: 'composite-score', label: 'Score', kind: 'score' as const },
		{ id: 'non-eu-spend-share', label: 'Dépense hors UE', kind: 'ratio' as const }
	],
	summaryTemplate: '{title} : {label} passe de {from} à {to} après {steps} vague(s) ({last}).',
	emptySummaryTemplate: '{title} : pas de scénario.'
};

describe('buildSovereigntyProjection', () => {
	const steps = [
		{ label: 'Aujourd’hui', values: { 'composite-score': 22, 'non-eu-spend-share': 0.98 } },
		{ label: 'Vague 1', values: { 'composite-score': 30, 'non-eu-spend-share': 0.8 } },
		{ label: 'Vague 2', values: { 'composite-score': 51.2, 'non-eu-spend-share': 0.4 } }
	];

	test('one point per step, the shares as % on the same axis as the score', () => {
		const { config, table } = buildSovereigntyProjection(steps, options);
		expect(config.data.labels).toEqual(['Aujourd’hui', 'Vague 1', 'Vague 2']);
		expect(config.data.datasets.map((d) => d.data)).toEqual([
			[22, 30, 51.2],
			[98, 80, 40]
		]);
		expect(table.columns).toEqual(['Étape', 'Score', 'Dépense hors UE']);
		expect(table.rows[2]).toEqual(['Vague 2', '51 / 100', '40\u00a0%']);
	});

	test.each([
		[steps, 'Trajectoire : Score passe de 22 / 100 à 51 / 100 après 2 vague(s) (Vague 2).'],
		[steps.slice(0, 1), 'Trajectoire : pas de scénario.'],
		[[], 'Trajectoire : pas de scénario.']
	])('summary (%#)', (points, expected) => {
		expect(buildSovereigntyProjection(points, options).summary).toBe(expected);
	});
});

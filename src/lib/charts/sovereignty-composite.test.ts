import { describe, expect, test } from 'vitest';
import { computeCompositeScore, type Indicator } from '../domain/sovereignty';
import { buildCompositeBreakdown, computeMaxPoints } from './sovereignty-composite';

const options = {
	title: 'Décomposition du score',
	componentHeader: 'Composante',
	valueHeader: 'Valeur',
	weightHeader: 'Poids',
	pointsHeader: 'Points obtenus',
	maxPointsHeader: 'Points possibles',
	coverageHeader: 'Couverture',
	obtainedLabel: 'Points obtenus',
	lostLabel: 'Points perdus',
	summaryTemplate:
		'{title} : {score} sur 100 ; {best} apporte {bestPoints} points ; {worst} en fait perdre {worstLost}.',
	emptySummaryTemplate: '{title} : score non calculable.'
};

function indicator(id: string, value: number | null, coverage = 1): Indicator {
	return {
		id,
		name: id,
		definition: '',
		formula: '',
		inputs: [],
		unit: id === 'vendor-hhi' ? 'hhi' : 'ratio',
		coverageBasis: 'seats',
		value,
		coverage,
		reading: '',
		lowCoverage: coverage < 0.8
	};
}

// Open source 50 % and non-EU spend 100 % only: with weights 1 and 1, the score is (0.5 + 0) / 2 × 100 = 25.
const composite = computeCompositeScore(
	[indicator('open-source-seats-share', 0.5), indicator('non-eu-spend-share', 1, 0.6)],
	{
		'open-source': 1,
		jurisdiction: 1,
		'data-location': 0,
		'open-formats': 0,
		reversibility: 0,
		'vendor-diversity': 0,
		mutualisation: 0
	}
);

describe('buildCompositeBreakdown', () => {
	test('stacks points obtained and points lost; each bar is as long as its effective weight', () => {
		const { config } = buildCompositeBreakdown(composite.components, options);
		expect(config.data.labels).toEqual(['Logiciels libres', 'Dépense non exposée hors UE']);
		expect(config.data.datasets[0].data).toEqual([25, 0]);
		expect(config.data.datasets[1].data).toEqual([25, 50]);
		expect(config.options?.scales?.x?.stacked).toBe(true);
	});

	test('the table lists every component with its value, weight, points and coverage', () => {
		const { table } = buildCompositeBreakdown(composite.components, options);
		expect(table.rows).toHaveLength(7);
		expect(table.rows[1]).toEqual([
			'Dépense non exposée hors UE',
			'0\u00a0%',
			'50\u00a0%',
			'0',
			'50',
			'60\u00a0%'
		]);
		expect(table.rows[2]).toEqual([
			'Données hors cloud extra-européen',
			'—',
			'0\u00a0%',
			'0',
			'0',
			'0\u00a0%'
		]);
	});

	test('the summary names the component that brings most and the one that loses most', () => {
		expect(buildCompositeBreakdown(composite.components, options).summary).toBe(
			'Décomposition du score : 25 sur 100 ; Logiciels libres apporte 25 points ; Dépense non exposée hors UE en fait perdre 50.'
		);
	});

	test.each([
		['no component has a value', computeCompositeScore([]).components],
		['no component at all', []]
	])('%s: the summary says the score cannot be computed', (_, components) => {
		expect(buildCompositeBreakdown(components, options).summary).toBe(
			'Décomposition du score : score non calculable.'
		);
	});

	test('names can be translated', () => {
		const { config } = buildCompositeBreakdown(composite.components, {
			...options,
			names: { 'open-source': 'Free software' }
		});
		expect(config.data.labels?.[0]).toBe('Free software');
		expect(computeMaxPoints(composite.components[0])).toBe(50);
	});
});

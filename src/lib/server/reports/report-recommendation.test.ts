import { describe, expect, test } from 'vitest';
import { getMessages } from '../../i18n';
import {
	buildRecommendation,
	type RecommendationInput,
	type RecommendationScenario
} from './report-recommendation';

const t = getMessages('fr').reports.summary.recommendation;

function scenario(name: string, npvCents: number, paybackYear: number | null): RecommendationScenario {
	return {
		name,
		horizonYears: 5,
		npvCents,
		cumulativeSavingsCents: npvCents + 100_000,
		paybackYear,
		p10Cents: npvCents - 500_000,
		p90Cents: npvCents + 500_000
	};
}

const base: RecommendationInput = {
	scenarios: [],
	presented: null,
	firstCalendarYear: 2026,
	unusedSeats: 0,
	unusedCostCents: 0,
	coverage: 0.9,
	topAssumption: null
};

describe('buildRecommendation', () => {
	test.each([
		[
			'one scenario pays back: it is named with its calendar payback year',
			{ scenarios: [scenario('Prudent', -5_000_000, null), scenario('Ambitieux', 6_316_698, 5)] },
			['seul «\u00a0Ambitieux\u00a0» est rentable', 'en 2030 (année 5 du plan)', '63\u202f167\u00a0€']
		],
		[
			'several pay back: the one with the highest NPV is named and the count given',
			{ scenarios: [scenario('A', 1_000_000, 4), scenario('B', 3_000_000, 3)] },
			['2 sont rentables', 'le plus rentable est «\u00a0B\u00a0»', 'en 2028 (année 3 du plan)']
		],
		[
			'a positive NPV without payback in the horizon does not count as paying back',
			{ scenarios: [scenario('A', 1_000_000, null), scenario('B', -2_000_000, null)] },
			['Aucun des 2 scénarios', 'le moins défavorable, «\u00a0A\u00a0»']
		],
		[
			'no spend imported: the payback is given in plan years',
			{ scenarios: [scenario('A', 1_000_000, 2)], firstCalendarYear: null },
			['à l’année 2 du plan']
		],
		['no scenario at all', { scenarios: [] }, [t.noScenario]]
	])('%s', (_, input, expected) => {
		const text = buildRecommendation({ ...base, ...input }, t).join(' ');
		for (const part of expected) expect(text).toContain(part);
	});

	test.each([
		['the presented scenario is the best one: not repeated', 1, 1],
		['the presented scenario is another one: its NPV is stated', 0, 2]
	])('%s', (_, presented, sentences) => {
		const lines = buildRecommendation(
			{
				...base,
				scenarios: [scenario('Central', -2_549_803, null), scenario('Ambitieux', 6_316_698, 5)],
				presented
			},
			t
		);
		expect(lines).toHaveLength(sentences);
		if (sentences === 2) expect(lines[1]).toContain('-25\u202f498\u00a0€');
	});

	test.each([
		[
			'idle licences',
			{ unusedSeats: 86, unusedCostCents: 1_491_840 },
			'86 licences payées',
			'14\u202f918\u00a0€ par an'
		],
		['low coverage', { coverage: 0.5163 }, 'que sur 52\u00a0% du parc', 'compléter'],
		[
			'the assumption to check',
			{ topAssumption: 'Coût chargé' },
			'«\u00a0Coût chargé\u00a0»',
			'vérifier en premier'
		]
	])('adds a sentence for %s', (_, extra, first, second) => {
		const text = buildRecommendation({ ...base, scenarios: [scenario('A', 1, 1)], ...extra }, t).join(' ');
		expect(text).toContain(first);
		expect(text).toContain(second);
	});

	test.each([
		['enough coverage', { coverage: 0.8 }],
		['no composite score', { coverage: null }],
		['no idle licence', { unusedSeats: 0 }]
	])('says nothing more with %s', (_, extra) => {
		expect(buildRecommendation({ ...base, scenarios: [scenario('A', 1, 1)], ...extra }, t)).toHaveLength(1);
	});
});

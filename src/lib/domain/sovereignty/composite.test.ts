import { describe, expect, test } from 'vitest';
import {
	COMPOSITE_COMPONENT_IDS,
	computeCompositeScore,
	DEFAULT_COMPOSITE_WEIGHTS,
	normaliseCompositeWeights,
	type CompositeWeights
} from './composite';
import type { Indicator } from './types';

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

const VALUES: Record<string, number> = {
	'open-source-seats-share': 0.5,
	'non-eu-spend-share': 0.25, // oriented 0.75
	'hosting-non-eu-cloud-share': 0, // oriented 1
	'open-formats-seats-share': 0.6,
	'reversible-spend-share': 0.25,
	'vendor-hhi': 5000, // oriented 0.5
	'mutualised-seats-share': 0.4
};
const INDICATORS = Object.entries(VALUES).map(([id, value]) => indicator(id, value));

const uniform = (w: number): CompositeWeights => ({
	'open-source': w,
	jurisdiction: w,
	'data-location': w,
	'open-formats': w,
	reversibility: w,
	'vendor-diversity': w,
	mutualisation: w
});

describe('composite weights', () => {
	test.each<[string, CompositeWeights]>([
		['defaults', DEFAULT_COMPOSITE_WEIGHTS],
		['uniform', uniform(3)],
		['with a negative weight', { ...uniform(1), mutualisation: -5 }]
	])('%s are normalised to sum to 1', (_case, weights) => {
		const normalised = normaliseCompositeWeights(weights);
		const sum = COMPOSITE_COMPONENT_IDS.reduce((s, id) => s + (normalised?.[id] ?? 0), 0);
		expect(sum).toBeCloseTo(1, 12);
		for (const id of COMPOSITE_COMPONENT_IDS) expect(normalised?.[id]).toBeGreaterThanOrEqual(0);
	});

	test('default weights are out of 100 points', () => {
		expect(COMPOSITE_COMPONENT_IDS.reduce((s, id) => s + DEFAULT_COMPOSITE_WEIGHTS[id], 0)).toBe(100);
	});

	test('multiplying every weight by the same factor leaves the score unchanged', () => {
		const doubled = uniform(2);
		expect(computeCompositeScore(INDICATORS, doubled).score).toBeCloseTo(
			computeCompositeScore(INDICATORS, uniform(0.1)).score ?? -1,
			9
		);
	});

	test('all-zero weights give no score and say why', () => {
		const composite = computeCompositeScore(INDICATORS, uniform(0));
		expect(normaliseCompositeWeights(uniform(0))).toBeNull();
		expect(composite.score).toBeNull();
		expect(composite.reading).toContain('poids');
	});
});

describe('composite score', () => {
	test.each<[string, Indicator[], CompositeWeights, number]>([
		// 25×0.5 + 20×0.75 + 15×1 + 10×0.6 + 15×0.25 + 10×0.5 + 5×0.4 = 59.25
		['default weights', INDICATORS, DEFAULT_COMPOSITE_WEIGHTS, 59.25],
		// (0.5 + 0.75 + 1 + 0.6 + 0.25 + 0.5 + 0.4) / 7 × 100
		['uniform weights', INDICATORS, uniform(1), 400 / 7],
		// mutualisation missing: (59.25 − 2) / 95 × 100
		[
			'a missing component is left out and the others renormalised',
			INDICATORS.map((i) => (i.id === 'mutualised-seats-share' ? indicator(i.id, null, 0) : i)),
			DEFAULT_COMPOSITE_WEIGHTS,
			(57.25 / 95) * 100
		]
	])('%s', (_case, indicators, weights, expected) => {
		const composite = computeCompositeScore(indicators, weights);
		expect(composite.score).toBeCloseTo(expected, 9);
		const contributions = composite.components.reduce((s, c) => s + c.contribution, 0);
		expect(contributions).toBeCloseTo(expected, 9);
		expect(composite.components).toHaveLength(COMPOSITE_COMPONENT_IDS.length);
	});

	test('the breakdown gives each component its oriented value, weight and contribution', () => {
		const composite = computeCompositeScore(INDICATORS);
		const diversity = composite.components.find((c) => c.id === 'vendor-diversity');
		expect(diversity).toMatchObject({
			indicatorId: 'vendor-hhi',
			value: 0.5,
			weight: 0.1,
			effectiveWeight: 0.1
		});
		expect(diversity?.contribution).toBeCloseTo(5, 12);
		const jurisdiction = composite.components.find((c) => c.id === 'jurisdiction');
		expect(jurisdiction?.value).toBeCloseTo(0.75, 12);
		expect(composite.reading).toBe(
			'Score de souveraineté : 59 sur 100, moyenne pondérée de 7 composante(s) sur 7.'
		);
	});

	test('no indicator at all gives no score, and the reading says so', () => {
		const composite = computeCompositeScore([]);
		expect(composite.score).toBeNull();
		expect(composite.coverage).toBe(0);
		expect(composite.lowCoverage).toBe(true);
	});

	test('coverage is the weighted mean of the components’ coverage', () => {
		const partial = INDICATORS.map((i) =>
			i.id === 'open-source-seats-share' ? indicator(i.id, 0.5, 0.2) : i
		);
		// 0.25 × 0.2 + 0.75 × 1
		expect(computeCompositeScore(partial).coverage).toBeCloseTo(0.8, 12);
	});
});

import { describe, expect, test } from 'vitest';
import { fr } from '../../i18n/fr';
import { buildKeyFigureViews, type KeyFigureInput } from './key-figure-views';
import type { SpendYear } from './key-figures';

const m = fr.dashboard;
const year = (y: number, total: number, proprietary: number): SpendYear => ({
	year: y,
	basis: 'invoice',
	totalCents: total,
	proprietaryCents: proprietary,
	openSourceCents: total - proprietary,
	unclassifiedCents: 0,
	lines: 27
});
const input: KeyFigureInput = {
	current: year(2025, 16_880_347, 13_241_947),
	previous: null,
	unused: {
		seats: 86,
		costCents: 1_491_840,
		products: [{ productId: 2, name: 'M365', paid: 380, used: 309, unused: 71, costCents: 1_073_520 }],
		measuredProducts: 1,
		unknownProducts: 6,
		trend: { current: 69, previous: 41, since: '2025-06-01', latest: '2025-12-01' }
	},
	savings: {
		scenarioId: 2,
		scenarioName: 'Scénario central',
		startYear: 2026,
		realisedToDateCents: 57_572,
		projectedToDateCents: 0,
		asOfYear: 2025,
		firstYearProjectedCents: -4_624_599,
		cancelledSeats: 2
	},
	sovereignty: { value: 22.36, coverage: 0.43, previous: null },
	openSource: { value: 0.011, coverage: 0.39, previous: null }
};
const byId = (d: KeyFigureInput, detailed = false) =>
	new Map(buildKeyFigureViews(d, m, detailed).map((v) => [v.id, v]));

describe('buildKeyFigureViews', () => {
	test('six figures in display order', () => {
		expect([...byId(input).keys()]).toEqual([
			'kf-annual-spend',
			'kf-proprietary-spend',
			'kf-unused-seats',
			'kf-savings',
			'kf-sovereignty',
			'kf-open-source'
		]);
	});

	test.each([
		['kf-annual-spend', '168\u202f803\u00a0€', null],
		['kf-proprietary-spend', '132\u202f419\u00a0€', '78\u00a0% de la dépense'],
		['kf-unused-seats', '86 postes', 'soit 14\u202f918\u00a0€ par an'],
		['kf-savings', '576\u00a0€', 'réalisées ; prévues à ce stade : 0\u00a0€'],
		['kf-sovereignty', '22 / 100', null],
		['kf-open-source', '1\u00a0%', null]
	])('%s reads %j (%j)', (id, value, detail) => {
		expect(byId(input).get(id)?.value).toBe(value);
		expect(byId(input).get(id)?.detail).toBe(detail);
	});

	test.each([
		[
			'a rise in spend is bad news',
			year(2024, 15_000_000, 12_000_000),
			'kf-annual-spend',
			'▲',
			'worse',
			'+18\u202f803\u00a0€ depuis 2024'
		],
		[
			'less proprietary spend is good news',
			year(2024, 15_000_000, 14_000_000),
			'kf-proprietary-spend',
			'▼',
			'better',
			'-7\u202f581\u00a0€ depuis 2024'
		]
	])('%s', (_name, previous, id, arrow, tone, text) => {
		const view = byId({ ...input, previous }).get(id);
		expect(view?.trend?.arrow).toBe(arrow);
		expect(view?.trend?.tone).toBe(tone);
		expect(view?.trend?.text).toContain(text);
		expect(view?.noTrend).toBeNull();
	});

	test('a first year says why there is no trend', () => {
		expect(byId(input).get('kf-annual-spend')?.noTrend).toBe(m.noTrendFirstYear);
	});

	test('more inactive agents between two reports is bad news', () => {
		const view = byId(input).get('kf-unused-seats');
		expect(view?.trend).toMatchObject({ arrow: '▲', tone: 'worse' });
		expect(view?.trend?.text).toContain('41 → 69 agents inactifs depuis le 1 juin 2025');
	});

	test('a plan that has not started says when it starts', () => {
		expect(byId(input).get('kf-savings')?.help).toContain('démarre en 2026');
	});

	test('no scenario: the savings figure links to the scenarios page', () => {
		const view = byId({ ...input, savings: null }).get('kf-savings');
		expect([view?.value, view?.href]).toEqual(['—', '/scenarios']);
	});

	test('a sovereignty score up 2.5 points since the previous snapshot', () => {
		const view = byId({
			...input,
			sovereignty: { value: 24.9, coverage: 0.9, previous: { asOf: '2025-06-01', value: 22.4 } }
		}).get('kf-sovereignty');
		expect(view?.trend?.text).toBe('+2,5 point(s) depuis 1 juin 2025 (en hausse, favorable)');
		expect(view?.warning).toBeNull();
	});

	test('low coverage is flagged', () => {
		expect(byId(input).get('kf-open-source')?.warning).toBe(m.lowCoverage);
	});

	test.each([
		[true, '/licences'],
		[false, '#depenses']
	])('detailed = %s: the spend figure links to %s', (detailed, href) => {
		expect(byId(input, detailed).get('kf-annual-spend')?.href).toBe(href);
	});

	test('no spend imported: the spend figures are left out', () => {
		expect(byId({ ...input, current: null }).has('kf-annual-spend')).toBe(false);
	});
});

describe('links of the unused-seats figure', () => {
	test.each([
		[true, 86, '/licences#postes'],
		[false, 86, '#chart-seats-title'],
		[false, 0, '#depenses']
	])('detailed = %s, %s unused seats: %s', (detailed, seats, href) => {
		const views = buildKeyFigureViews({ ...input, unused: { ...input.unused, seats } }, m, detailed);
		expect(views.find((v) => v.id === 'kf-unused-seats')?.href).toBe(href);
	});
});

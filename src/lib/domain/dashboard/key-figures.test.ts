import { describe, expect, test } from 'vitest';
import {
	computeInactiveTrend,
	computeSpendYears,
	computeUnusedSeats,
	pickLatestTwo,
	type SeatProduct,
	type YearModelSpendRow
} from './key-figures';

const row = (fields: Partial<YearModelSpendRow>): YearModelSpendRow => ({
	year: 2025,
	sourceKind: 'invoice',
	licenceModel: 'proprietary',
	cents: 1000,
	lines: 1,
	...fields
});

describe('computeSpendYears', () => {
	test.each<[string, YearModelSpendRow[], [number, string, number, number, number, number][]]>([
		[
			'invoices and mandats of the same year are never added: invoices win',
			[row({}), row({ sourceKind: 'accounting', cents: 999 })],
			[[2025, 'invoice', 1000, 1000, 0, 0]]
		],
		[
			'a year with mandats only uses its mandats',
			[row({}), row({ year: 2024, sourceKind: 'accounting', cents: 800, licenceModel: null })],
			[
				[2025, 'invoice', 1000, 1000, 0, 0],
				[2024, 'accounting', 800, 0, 0, 800]
			]
		],
		[
			'spend split by licence model, credit notes included',
			[
				row({ cents: 5000 }),
				row({ cents: -500 }),
				row({ licenceModel: 'open-source', cents: 2000 }),
				row({ licenceModel: null, cents: 300 })
			],
			[[2025, 'invoice', 6800, 4500, 2000, 300]]
		]
	])('%s', (_name, rows, expected) => {
		expect(
			computeSpendYears(rows).map((y) => [
				y.year,
				y.basis,
				y.totalCents,
				y.proprietaryCents,
				y.openSourceCents,
				y.unclassifiedCents
			])
		).toEqual(expected);
	});
});

const product = (
	productId: number,
	spendCents: number,
	paid: number | null,
	used: number | null
): SeatProduct => ({
	productId,
	name: `P${productId}`,
	spendCents,
	seats: { paid, used, unused: paid !== null && used !== null ? Math.max(0, paid - used) : null }
});

describe('computeUnusedSeats', () => {
	test.each<[string, SeatProduct[], number, number, number]>([
		// 71 × 5 745 600 / 380 = 1 073 520
		['unused seats cost the year’s price of a seat', [product(2, 5_745_600, 380, 309)], 71, 1_073_520, 0],
		['more users than seats: no unused seat', [product(4, 302_400, 40, 347)], 0, 0, 0],
		['use unknown: listed as unknown, not counted', [product(11, 873_163, 30, null)], 0, 0, 1],
		['no paid seats: nothing to count', [product(5, 100, null, 3)], 0, 0, 0],
		[
			'several products add up',
			[product(2, 5_745_600, 380, 309), product(8, 608_400, 25, 12)],
			84,
			1_073_520 + 316_368,
			0
		]
	])('%s', (_name, products, seats, cost, unknown) => {
		const figure = computeUnusedSeats(products);
		expect([figure.seats, figure.costCents, figure.unknownProducts]).toEqual([seats, cost, unknown]);
	});

	test('the most costly product comes first', () => {
		const figure = computeUnusedSeats([product(8, 608_400, 25, 12), product(2, 5_745_600, 380, 309)]);
		expect(figure.products.map((p) => p.productId)).toEqual([2, 8]);
	});
});

describe('computeInactiveTrend', () => {
	const p = (productId: number, reportDate: string, agents: number, activeAgents: number) => ({
		productId,
		service: 'S',
		reportDate,
		agents,
		activeAgents
	});
	test.each([
		[
			'two reports of one product',
			[p(16, '2025-06-01', 409, 368), p(16, '2025-12-01', 416, 347)],
			{ current: 69, previous: 41, since: '2025-06-01', latest: '2025-12-01' }
		],
		[
			'the latest two of three reports',
			[p(16, '2025-01-01', 400, 400), p(16, '2025-06-01', 409, 368), p(16, '2025-12-01', 416, 347)],
			{ current: 69, previous: 41, since: '2025-06-01', latest: '2025-12-01' }
		],
		['a product with one report is left out', [p(4, '2025-12-01', 450, 238)], null],
		['no report', [], null]
	])('%s', (_name, points, expected) => {
		expect(computeInactiveTrend(points)).toEqual(expected);
	});
});

describe('pickLatestTwo', () => {
	const points = [
		{ asOf: '2025-12-01', indicatorId: 'composite-score', value: 31 },
		{ asOf: '2025-12-01', indicatorId: 'composite-score', value: 30 },
		{ asOf: '2025-12-01', indicatorId: 'other', value: 1 },
		{ asOf: '2025-06-01', indicatorId: 'composite-score', value: 28 },
		{ asOf: '2025-01-01', indicatorId: 'composite-score', value: 20 }
	];
	test.each([
		['composite-score', { asOf: '2025-12-01', value: 31 }, { asOf: '2025-06-01', value: 28 }],
		['other', { asOf: '2025-12-01', value: 1 }, null],
		['missing', null, null]
	])('%s: latest of the latest date, then the previous date', (id, current, previous) => {
		expect(pickLatestTwo(points, id)).toEqual({ current, previous });
	});
});

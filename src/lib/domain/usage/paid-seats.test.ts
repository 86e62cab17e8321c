import { describe, expect, test } from 'vitest';
import { computeCancelledSeats, computeSeatHistories, type SeatLine } from './paid-seats';

const acrobat: SeatLine[] = [
	{ productId: 11, date: '2025-03-12', seats: 32, amountCents: 921_139, billingPeriod: 'annual' },
	{ productId: 11, date: '2025-05-20', seats: 2, amountCents: -47_976, billingPeriod: 'annual' }
];
const m365 = (year: number, seats: number): SeatLine => ({
	productId: 2,
	date: `${year}-01-08`,
	seats,
	amountCents: seats * 15_120,
	billingPeriod: 'annual'
});
const monthly = (month: string, seats: number): SeatLine => ({
	productId: 8,
	date: `2025-${month}-03`,
	seats,
	amountCents: seats * 2_000,
	billingPeriod: 'monthly'
});

describe('computeSeatHistories', () => {
	test.each<[string, SeatLine[], { year: number; bought: number; cancelled: number; net: number }[]]>([
		[
			'a credit note cancels its seats in the same year',
			acrobat,
			[{ year: 2025, bought: 32, cancelled: 2, net: 30 }]
		],
		[
			'a smaller renewal the next year lowers the net seats',
			[m365(2025, 380), m365(2026, 300)],
			[
				{ year: 2025, bought: 380, cancelled: 0, net: 380 },
				{ year: 2026, bought: 300, cancelled: 0, net: 300 }
			]
		],
		[
			'monthly invoices repeat the seat count: the latest month counts, not the sum',
			[monthly('01', 20), monthly('02', 20), monthly('03', 18)],
			[{ year: 2025, bought: 18, cancelled: 0, net: 18 }]
		],
		[
			'lines without seats or date say nothing',
			[{ productId: 1, date: '', seats: 3, amountCents: 100, billingPeriod: null }, { ...m365(2025, 0) }],
			[]
		]
	])('%s', (_name, lines, expected) => {
		const years = computeSeatHistories(lines).flatMap((h) => h.years);
		expect(
			years.map((y) => ({
				year: y.year,
				bought: y.boughtSeats,
				cancelled: y.cancelledSeats,
				net: y.netSeats
			}))
		).toEqual(expected);
	});

	test('events give the dated change and the seats paid after it', () => {
		const [history] = computeSeatHistories(acrobat);
		expect(history.events).toEqual([
			{ date: '2025-03-12', change: 32, seatsAfter: 32 },
			{ date: '2025-05-20', change: -2, seatsAfter: 30 }
		]);
		expect(history.years[0].netCents).toBe(921_139 - 47_976);
		expect(history.years[0].boughtCents).toBe(921_139);
	});
});

describe('computeCancelledSeats', () => {
	test.each<[string, SeatLine[], number[], number[]]>([
		// unit price = round(921 139 / 32) = 28 786 cents
		['2 Acrobat seats credited in the first year', acrobat, [2025], [2 * 28_786]],
		[
			'a renewal with 80 seats fewer saves 80 seats the next year',
			[m365(2025, 380), m365(2026, 300)],
			[2025, 2026],
			[0, 80 * 15_120]
		],
		[
			'a product with no invoice in a later year is fully cancelled',
			[m365(2025, 10)],
			[2025, 2026],
			[0, 10 * 15_120]
		],
		[
			'more seats later is no saving (never negative)',
			[m365(2025, 10), m365(2026, 12)],
			[2025, 2026],
			[0, 0]
		],
		['years before the first purchase are not counted', [m365(2026, 10)], [2025, 2026], [0]]
	])('%s', (_name, lines, years, savings) => {
		const rows = computeCancelledSeats(computeSeatHistories(lines), years);
		expect(rows.map((r) => r.savingCents)).toEqual(savings);
		for (const r of rows) expect(r.savingCents).toBe(r.cancelledSeats * r.unitCents);
	});
});

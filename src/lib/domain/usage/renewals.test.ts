import { describe, expect, test } from 'vitest';
import { computeRenewals, computeTermMonths, type TermLine } from './renewals';

let id = 0;
const line = (fields: Partial<TermLine>): TermLine => ({
	lineId: ++id,
	productId: 1,
	product: 'Produit',
	vendor: null,
	billingPeriod: 'annual',
	termStart: '2025-01-01',
	termEnd: '2025-12-31',
	amountCents: 120_000,
	...fields
});

describe('computeTermMonths', () => {
	test.each([
		['2025-01-01', '2025-12-31', 12],
		['2025-03-15', '2026-03-14', 12],
		['2025-01-01', '2027-12-31', 36],
		['2025-05-15', '2026-03-14', 10],
		['2025-01-01', '2025-01-01', 1]
	])('%s → %s is %s months', (start, end, months) => {
		expect(computeTermMonths(start, end)).toBe(months);
	});
});

describe('computeRenewals', () => {
	test.each<[string, TermLine[], string, { date: string; presumed: boolean; annual: number }[]]>([
		[
			'a term ending in 3 months is listed',
			[line({})],
			'2025-10-01',
			[{ date: '2025-12-31', presumed: false, annual: 120_000 }]
		],
		['a term ending in 13 months is not', [line({ termEnd: '2026-11-30' })], '2025-10-01', []],
		[
			'a term already over is presumed renewed for the same length',
			[line({ termStart: '2025-03-15', termEnd: '2026-03-14' })],
			'2026-11-29',
			[{ date: '2027-03-14', presumed: true, annual: 120_000 }]
		],
		[
			'a 3-year term is annualised',
			[line({ billingPeriod: 'multi-year', termEnd: '2027-12-31', amountCents: 360_000 })],
			'2027-06-01',
			[{ date: '2027-12-31', presumed: false, annual: 120_000 }]
		],
		[
			'a credit note to the same end lowers the amount at stake',
			[
				line({ productId: 11, termStart: '2025-03-15', termEnd: '2026-03-14', amountCents: 921_139 }),
				line({ productId: 11, termStart: '2025-05-15', termEnd: '2026-03-14', amountCents: -47_976 })
			],
			'2026-01-01',
			[{ date: '2026-03-14', presumed: false, annual: 873_163 }]
		],
		[
			'monthly and one-off billing have nothing to renew',
			[line({ billingPeriod: 'monthly' }), line({ productId: 2, billingPeriod: 'one-off' })],
			'2025-10-01',
			[]
		],
		[
			'only the latest term of a product counts',
			[
				line({ termEnd: '2024-12-31', amountCents: 100_000 }),
				line({ termStart: '2025-01-01', termEnd: '2025-12-31' })
			],
			'2025-06-01',
			[{ date: '2025-12-31', presumed: false, annual: 120_000 }]
		]
	])('%s', (_name, lines, today, expected) => {
		expect(
			computeRenewals(lines, today).map((r) => ({
				date: r.renewalDate,
				presumed: r.presumed,
				annual: r.annualSavingCents
			}))
		).toEqual(expected);
	});

	test('soonest first, with the days left', () => {
		const renewals = computeRenewals(
			[
				line({ productId: 1, termEnd: '2026-03-31' }),
				line({ productId: 2, product: 'Autre', termEnd: '2026-01-31' })
			],
			'2026-01-01'
		);
		expect(renewals.map((r) => [r.productId, r.daysLeft])).toEqual([
			[2, 30],
			[1, 89]
		]);
	});
});

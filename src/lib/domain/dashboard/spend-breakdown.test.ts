import { describe, expect, test } from 'vitest';
import { groupSpend, type SpendCell, type SpendDimension } from './spend-breakdown';

const labels = { unknownVendor: 'Éditeur inconnu', unclassified: 'Non classé', noService: 'Sans service' };
const cell = (fields: Partial<SpendCell>): SpendCell => ({
	year: 2025,
	vendor: 'Microsoft',
	productId: 2,
	product: 'Microsoft 365',
	service: 'Finances',
	cents: 1000,
	lines: 1,
	...fields
});
const cells: SpendCell[] = [
	cell({ cents: 6000 }),
	cell({ year: 2024, cents: 5000, service: null }),
	cell({ vendor: 'Zoom', productId: 8, product: 'Zoom', cents: 2000, service: 'Culture' }),
	cell({ vendor: null, productId: null, product: null, cents: 1000, lines: 2, service: '' })
];

describe('groupSpend', () => {
	test.each<[SpendDimension, [string, number, number][]]>([
		[
			'vendor',
			[
				['Microsoft', 11000, 2],
				['Zoom', 2000, 1],
				['Éditeur inconnu', 1000, 2]
			]
		],
		[
			'product',
			[
				['Microsoft 365', 11000, 2],
				['Zoom', 2000, 1],
				['Non classé', 1000, 2]
			]
		],
		[
			'service',
			[
				['Finances', 6000, 1],
				['Sans service', 6000, 3],
				['Culture', 2000, 1]
			]
		],
		[
			'year',
			[
				['2025', 9000, 4],
				['2024', 5000, 1]
			]
		]
	])('by %s, the groups add up to the total', (by, expected) => {
		const groups = groupSpend(cells, by, labels);
		expect(groups.map((g) => [g.label, g.cents, g.lines])).toEqual(expected);
		expect(groups.reduce((n, g) => n + g.cents, 0)).toBe(14000);
		expect(groups.reduce((n, g) => n + g.share, 0)).toBeCloseTo(1);
	});

	test('product groups keep the product id for the link to its page', () => {
		expect(groupSpend(cells, 'product', labels).map((g) => g.productId)).toEqual([2, 8, null]);
	});

	test('no spend: no group, and shares are 0 when the total is not positive', () => {
		expect(groupSpend([], 'vendor', labels)).toEqual([]);
		expect(groupSpend([cell({ cents: 0 })], 'vendor', labels)[0].share).toBe(0);
	});
});

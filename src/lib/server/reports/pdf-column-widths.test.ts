import { describe, expect, test } from 'vitest';
import { distributeColumnWidths, isNumericColumn } from './pdf-column-widths';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('distributeColumnWidths', () => {
	test.each([
		['everything fits: stretched in proportion', [100, 50], [20, 20], 300, [200, 100]],
		[
			'narrow columns keep their width, the wide one takes the rest',
			[150, 300, 40, 80],
			[60, 80, 30, 40],
			480,
			[150, 210, 40, 80]
		],
		[
			'two wide columns share in proportion to their natural width',
			[400, 300, 40],
			[50, 50, 30],
			440,
			[228.5714, 171.4286, 40]
		],
		['minimums that do not fit are scaled down', [300, 300], [200, 200], 300, [150, 150]]
	])('%s', (_, natural, minimum, total, expected) => {
		const widths = distributeColumnWidths(natural, minimum, total);
		widths.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 3));
		expect(sum(widths)).toBeCloseTo(total, 6);
	});

	test('a wide column is never squeezed below its longest word', () => {
		const widths = distributeColumnWidths([1000, 900, 60], [50, 400, 40], 500);
		expect(widths[1]).toBeGreaterThanOrEqual(400 - 1e-9);
		expect(widths.every((w, i) => w >= [50, 400, 40][i] - 1e-9)).toBe(true);
		expect(sum(widths)).toBeCloseTo(500, 6);
	});

	test('no column: no width', () => {
		expect(distributeColumnWidths([], [], 400)).toEqual([]);
	});
});

describe('isNumericColumn', () => {
	test.each([
		[['1\u202f234,56\u00a0€', '12,00\u00a0€'], true],
		[['53,2\u00a0%', '-4\u00a0%', ''], true],
		[['2026', '2027'], true],
		[['12\u00a0k€'], true],
		[['Microsoft', '12\u00a0€'], false],
		[['', ''], false],
		[['1 ligne'], false]
	])('%j → %s', (cells, expected) => {
		expect(
			isNumericColumn(
				cells.map((c) => ['libellé', c]),
				1
			)
		).toBe(expected);
	});
});

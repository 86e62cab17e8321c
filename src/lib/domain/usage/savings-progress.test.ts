import { describe, expect, test } from 'vitest';
import { computeSavingsProgress } from './savings-progress';

const projection = [
	{ year: 1, savingsCents: -1_000_000 },
	{ year: 2, savingsCents: 500_000 },
	{ year: 3, savingsCents: 2_000_000 }
];

describe('computeSavingsProgress', () => {
	test.each<[string, Map<number, number>, number | null, number, number, number | null]>([
		[
			'first year: the investment is projected, a credit note is realised',
			new Map([[2025, 57_572]]),
			2025,
			-1_000_000,
			57_572,
			2025
		],
		[
			'two years of invoices add up',
			new Map([
				[2025, 57_572],
				[2026, 300_000]
			]),
			2026,
			-500_000,
			357_572,
			2026
		],
		['no invoice yet for the plan’s years: nothing to date', new Map(), 2024, 0, 0, null],
		[
			'a credit note before the plan starts is realised, nothing is projected yet',
			new Map([[2024, 57_572]]),
			2024,
			0,
			57_572,
			2024
		],
		['no invoice at all', new Map(), null, 0, 0, null]
	])('%s', (_name, realised, asOfYear, projectedToDate, realisedToDate, counted) => {
		const progress = computeSavingsProgress(projection, 2025, realised, asOfYear);
		expect(progress.projectedToDateCents).toBe(projectedToDate);
		expect(progress.realisedToDateCents).toBe(realisedToDate);
		expect(progress.asOfYear).toBe(counted);
	});

	test('plan years map to calendar years; years without invoices have no realised figure', () => {
		const progress = computeSavingsProgress(
			projection,
			2025,
			new Map([
				[2024, 5],
				[2025, 10]
			]),
			2025
		);
		expect(progress.years.map((y) => [y.year, y.planYear, y.realisedCents])).toEqual([
			[2024, 0, 5],
			[2025, 1, 10],
			[2026, 2, null],
			[2027, 3, null]
		]);
	});
});

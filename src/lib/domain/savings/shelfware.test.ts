import { describe, expect, test } from 'vitest';
import { computeShelfware, type SeatUsageInput } from './shelfware';

const usage = (
	product: string,
	service: string | null,
	seatsPaid: number,
	seatsActive: number,
	price: number
): SeatUsageInput => ({
	product,
	service,
	seatsPaid,
	seatsActive,
	unitPriceCentsPerYear: price
});

describe('computeShelfware', () => {
	test.each([
		// [label, inputs, pooled unused, pooled annual saving]
		['7 Acrobat seats paid, 6 used (fixtures F10/F12)', [usage('Acrobat', null, 7, 6, 24_000)], 1, 24_000],
		['every seat used', [usage('M365', 'Culture', 10, 10, 12_996)], 0, 0],
		['zero seats paid and used', [usage('M365', 'Culture', 0, 0, 12_996)], 0, 0],
		['nobody active (concealed names still give counts)', [usage('M365', null, 40, 0, 12_996)], 40, 519_840],
		[
			'an idle seat in one service covers an over-allocation in another',
			[usage('M365', 'Culture', 10, 4, 100), usage('M365', 'Sport', 5, 8, 100)],
			3,
			300
		],
		[
			'repeated rows add up and keep the lowest price',
			[usage('M365', 'Culture', 10, 4, 120), usage('M365', 'Culture', 2, 0, 100)],
			8,
			800
		],
		[
			'two products are totalled separately',
			[usage('M365', 'Culture', 10, 4, 100), usage('Zoom', 'Culture', 3, 1, 1_000)],
			8,
			600 + 2_000
		],
		['no input at all', [], 0, 0]
	])('%s', (_label, inputs, unused, saving) => {
		const report = computeShelfware(inputs);
		expect(report.totalUnusedSeats).toBe(unused);
		expect(report.totalAnnualSavingCents).toBe(saving);
	});

	test('service rows keep each service idle and over-allocated seats apart', () => {
		const report = computeShelfware([
			usage('M365', 'Culture', 10, 4, 100),
			usage('M365', 'Sport', 5, 8, 100)
		]);
		expect(
			report.byProductAndService.map((row) => [
				row.service,
				row.unusedSeats,
				row.overAllocatedSeats,
				row.annualSavingCents
			])
		).toEqual([
			['Culture', 6, 0, 600],
			['Sport', 0, 3, 0]
		]);
		expect(report.byService.map((row) => [row.service, row.unusedSeats])).toEqual([
			['Culture', 6],
			['Sport', 0]
		]);
		expect(report.byProduct[0]).toMatchObject({
			service: null,
			seatsPaid: 15,
			seatsActive: 12,
			unusedSeats: 3
		});
	});

	test.each([
		[10, 4, 0.4],
		[0, 3, null],
		[4, 6, 1.5]
	])('utilisation of %i paid and %i active seats is %s', (paid, active, rate) => {
		expect(computeShelfware([usage('X', null, paid, active, 1)]).byProduct[0].utilisationRate).toBe(rate);
	});

	test('products come largest saving first', () => {
		const report = computeShelfware([usage('Petit', null, 2, 1, 100), usage('Grand', null, 20, 1, 100)]);
		expect(report.byProduct.map((row) => row.product)).toEqual(['Grand', 'Petit']);
	});

	test.each([
		['negative seats', usage('X', null, -1, 0, 100), /Postes payés/],
		['fractional active seats', usage('X', null, 3, 1.5, 100), /Postes actifs/],
		['a price in fractional cents', usage('X', null, 3, 1, 99.5), /Prix annuel/]
	])('rejects %s', (_label, input, message) => {
		expect(() => computeShelfware([input])).toThrow(message);
	});
});

import { describe, expect, test } from 'vitest';
import { computeDiscountFactors, computeNpv, findPaybackYear, roundCents } from './finance';

describe('computeNpv', () => {
	test.each([
		[[100, 200, 300], 0, 600],
		[[-1_000, 550, 605], 0.1, 0],
		[[1_000], 0.5, 1_000],
		[[0, 0, 0], 0.032, 0],
		[[], 0.032, 0],
		// 10 000 / 1.032 = 9 689.92… → 9 690; 10 000 / 1.032² = 9 389.46… → 9 389.
		[[10_000, 10_000, 10_000], 0.032, 10_000 + 9_690 + 9_389]
	])('NPV of %j at %s is %i cents', (flows, rate, npv) => {
		expect(computeNpv(flows, rate)).toBe(npv);
	});

	test('discount factors start at 1 for year 1', () => {
		const expected = [1, 1 / 1.045, 1 / 1.045 ** 2];
		computeDiscountFactors(0.045, 3).forEach((factor, t) => expect(factor).toBeCloseTo(expected[t], 15));
	});
});

describe('findPaybackYear', () => {
	test.each([
		[[-100, -50, 20], 3],
		[[10, 20, 30], 1],
		[[-10, 0, 5], 2],
		[[-100, -50, -1], null],
		[[0, 0, 0], null],
		[[50, -10, 20], 3],
		[[], null]
	])('cumulative savings %j pay back in year %s', (cumulative, year) => {
		expect(findPaybackYear(cumulative)).toBe(year);
	});
});

describe('roundCents', () => {
	test.each([
		[1.5, 2],
		[-1.5, -2],
		[2.4999, 2],
		[-0.4, 0],
		[0, 0]
	])('%s → %s (half away from zero, no negative zero)', (value, rounded) => {
		expect(Object.is(roundCents(value), rounded)).toBe(true);
	});
});

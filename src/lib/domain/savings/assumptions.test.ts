import { describe, expect, test } from 'vitest';
import { pickLikelyValues, pickValues, sampleTriangular } from './assumptions';
import { createMulberry32 } from './prng';
import { SCENARIO_TEMPLATES } from './templates';
import { ASSUMPTION_KEYS } from './types';

describe('sampleTriangular', () => {
	test.each([
		// [low, likely, high, u, expected]
		[0, 1, 2, 0, 0],
		[0, 1, 2, 0.5, 1],
		[0, 1, 2, 0.125, 0.5],
		[0, 1, 2, 0.875, 1.5],
		[10, 10, 20, 0.75, 15],
		[3, 3, 3, 0.9, 3]
	])('triangular(%s, %s, %s) at u = %s is %s', (low, likely, high, u, expected) => {
		expect(sampleTriangular(low, likely, high, u)).toBeCloseTo(expected, 12);
	});

	test.each([
		[0, 1, 2],
		[0.8, 1, 2],
		[0, 0.03, 0.06]
	])('the mean of 100,000 draws of (%s, %s, %s) is (a + b + c) / 3', (low, likely, high) => {
		const random = createMulberry32(7);
		let total = 0;
		for (let i = 0; i < 100_000; i++) total += sampleTriangular(low, likely, high, random());
		expect(total / 100_000).toBeCloseTo((low + likely + high) / 3, 2);
	});
});

describe('pickValues', () => {
	test.each(['low', 'likely', 'high'] as const)('takes the %s point of every range', (point) => {
		const assumptions = SCENARIO_TEMPLATES.central.assumptions;
		const values = pickValues(assumptions, point);
		for (const key of ASSUMPTION_KEYS) expect(values[key]).toBe(assumptions[key][point]);
	});

	test('likely values are the central projection inputs', () => {
		expect(pickLikelyValues(SCENARIO_TEMPLATES.prudent.assumptions).residualShare).toBe(0.3);
	});
});

describe('createMulberry32', () => {
	test('the same seed gives the same sequence, another seed another one', () => {
		const draw = (seed: number) => {
			const random = createMulberry32(seed);
			return [random(), random(), random()];
		};
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	test('draws are uniform in [0, 1)', () => {
		const random = createMulberry32(1);
		const buckets = new Array<number>(10).fill(0);
		let outside = 0;
		for (let i = 0; i < 100_000; i++) {
			const u = random();
			if (u < 0 || u >= 1) outside++;
			else buckets[Math.floor(u * 10)]++;
		}
		expect(outside).toBe(0);
		for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
	});
});

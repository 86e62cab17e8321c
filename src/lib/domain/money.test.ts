import { describe, expect, test } from 'vitest';
import { formatCount, formatEuros, formatEurosRounded, formatPercent, sumCents, toCents } from './money';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('money', () => {
	test.each([
		[1234.56, 123456],
		[0.1 + 0.2, 30],
		[-480, -48000],
		[0.005, 1],
		[-0.005, -1]
	])('toCents(%s) = %s', (euros, cents) => {
		expect(toCents(euros)).toBe(cents);
	});

	test('formats euros the French way, with narrow no-break spaces', () => {
		expect(formatEuros(123456)).toBe(`1${NNBSP}234,56${NBSP}€`);
		expect(formatEuros(-48000)).toBe(`-480,00${NBSP}€`);
		expect(formatEurosRounded(123456)).toBe(`1${NNBSP}235${NBSP}€`);
		expect(formatCount(12345)).toBe(`12${NNBSP}345`);
		expect(formatPercent(0.125, 1)).toBe(`12,5${NBSP}%`);
	});

	test('a float never slips into a sum of cents', () => {
		expect(sumCents([100, 250, -50])).toBe(300);
		expect(() => sumCents([100, 0.5])).toThrow(/centimes/);
	});
});

import { describe, expect, test } from 'vitest';
import { formatDate, formatPayback, formatRate, formatWaves } from './display';

const texts = { paybackYear: 'Année {year}', paybackNever: 'Pas dans l’horizon' };

describe('display helpers', () => {
	test.each([
		[3, 2026, 'Année 3 (2028)'],
		[1, null, 'Année 1'],
		[null, 2026, 'Pas dans l’horizon']
	])('payback %s with year 1 in %s reads %s', (year, first, expected) => {
		expect(formatPayback(year, first, texts)).toBe(expected);
	});

	test.each([
		[0.032, '3,2\u00a0%'],
		[0.045, '4,5\u00a0%'],
		[0, '0\u00a0%']
	])('rate %s reads %s', (value, expected) => {
		expect(formatRate(value)).toBe(expected);
	});

	test.each([
		[[0.1, 0.4, 0.5, 0, 0], '10\u00a0% · 40\u00a0% · 50\u00a0%'],
		[[0], '0\u00a0%']
	])('waves %j read %s', (waves, expected) => {
		expect(formatWaves(waves)).toBe(expected);
	});

	test.each([
		['2025-12-01', '01/12/2025'],
		// 23:30 UTC on 31 December is already 1 January in Paris.
		['2025-12-31T23:30:00.000Z', '01/01/2026'],
		['pas une date', 'pas une date']
	])('date %s reads %s', (iso, expected) => {
		expect(formatDate(iso)).toBe(expected);
	});
});

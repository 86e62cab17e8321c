import { describe, expect, test } from 'vitest';
import {
	addMonths,
	compareIso,
	daysBetween,
	formatDateLong,
	formatDateShort,
	formatMonth,
	isIsoDate,
	yearOf
} from './dates';

describe('French dates', () => {
	test.each([
		['2025-06-01', '1 juin 2025', '01/06/2025', 'juin 2025'],
		['2025-12-31', '31 décembre 2025', '31/12/2025', 'déc. 2025'],
		['pas une date', 'pas une date', 'pas une date', 'pas une date']
	])('%s is written %s, %s and %s', (iso, long, short, month) => {
		expect(formatDateLong(iso)).toBe(long);
		expect(formatDateShort(iso)).toBe(short);
		expect(formatMonth(iso)).toBe(month);
	});

	test.each([
		['2025-02-28', true],
		['2025-02-30', false],
		['2025-2-3', false],
		['', false]
	])('isIsoDate(%j) = %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});

	test.each([
		['2025-01-31', 1, '2025-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2025-12-15', 12, '2026-12-15'],
		['2025-03-14', -3, '2024-12-14']
	])('%s plus %s month(s) is %s', (iso, months, expected) => {
		expect(addMonths(iso, months)).toBe(expected);
	});

	test.each([
		['2025-01-01', '2025-12-31', 364],
		['2025-12-31', '2025-01-01', -364],
		['2024-02-28', '2024-03-01', 2]
	])('from %s to %s: %s days', (from, to, days) => {
		expect(daysBetween(from, to)).toBe(days);
		expect(yearOf(from)).toBe(Number(from.slice(0, 4)));
	});
});

describe('compareIso', () => {
	test.each([
		['2025-01-31', '2025-02-01', -1],
		['2025-12-01', '2025-06-01', 1],
		['2025-06-01', '2025-06-01', 0]
	])('%s vs %s: %s', (a, b, sign) => {
		expect(compareIso(a, b)).toBe(sign);
	});
});

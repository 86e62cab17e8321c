import { describe, expect, test } from 'vitest';
import {
	addDays,
	addMonths,
	decideDateOrder,
	excelSerialToIso,
	isNeverLiteral,
	parseDate
} from './normalise-dates';

describe('parseDate', () => {
	test.each([
		['2025-01-28', 'dmy', '2025-01-28'],
		['2025-01-31', 'dmy', '2025-01-31'],
		['2025-01-28T00:00:00Z', 'dmy', '2025-01-28'],
		['2025-01-28T10:15:00+01:00', 'dmy', '2025-01-28'],
		['2016/04/04 00:24:13', 'dmy', '2016-04-04'],
		['31/12/2024', 'dmy', '2024-12-31'],
		['01/02/2025', 'dmy', '2025-02-01'],
		['01/02/2025', 'mdy', '2025-01-02'],
		['15/01/2025 10:42', 'dmy', '2025-01-15'],
		['05/02/24', 'dmy', '2024-02-05'],
		['31-12-2024', 'dmy', '2024-12-31'],
		['12-31-2024', 'mdy', '2024-12-31'],
		['31.12.2024', 'dmy', '2024-12-31'],
		['10/05/2026 05:55:00 PM', 'mdy', '2026-10-05'],
		['Aug 12, 2026 10:00 AM', 'mdy', '2026-08-12'],
		['Aug 12, 2026', 'dmy', '2026-08-12'],
		['12 août 2026', 'dmy', '2026-08-12'],
		['1er janvier 2025', 'dmy', '2025-01-01'],
		['45352', 'dmy', '2024-03-01'],
		['45292', 'dmy', '2024-01-01'],
		['29/02/2024', 'dmy', '2024-02-29'],
		['Never logged in', 'dmy', null],
		['Jamais', 'dmy', null],
		['Nunca', 'dmy', null],
		['Not in the last 30 days', 'dmy', null],
		['No en los últimos 30 días', 'dmy', null],
		['', 'dmy', null],
		['29/02/2023', 'dmy', undefined],
		['31/02/2024', 'dmy', undefined],
		['13/13/2024', 'dmy', undefined],
		['2024', 'dmy', undefined],
		['demain', 'dmy', undefined]
	])('%j (%s) → %s', (raw, order, expected) => {
		expect(parseDate(raw, order as 'dmy' | 'mdy')).toBe(expected);
	});
});

describe('decideDateOrder: the whole column decides', () => {
	test.each([
		[['01/02/2025', '13/02/2025'], 'dmy'],
		[['01/02/2025', '02/13/2025'], 'mdy'],
		[['10/05/2026 05:55:00 PM', '10/05/2026 07:00:00 PM'], 'mdy'],
		[['01/02/2025', '03/04/2025'], 'dmy'],
		[['2025-01-02'], 'dmy'],
		[[], 'dmy']
	])('%j → %s', (values, expected) => {
		expect(decideDateOrder(values)).toBe(expected);
	});
});

describe('date helpers', () => {
	test.each([
		['Never logged in', true],
		['jamais', true],
		['Pas au cours des 30 derniers jours', true],
		['—', true],
		['2025-01-01', false],
		['Marie', false]
	])('isNeverLiteral(%j) → %s', (raw, expected) => {
		expect(isNeverLiteral(raw)).toBe(expected);
	});

	test.each([
		['2025-01-28', -29, '2024-12-30'],
		['2024-02-28', 1, '2024-02-29'],
		['2024-12-31', 1, '2025-01-01']
	])('addDays(%s, %i) → %s', (iso, days, expected) => {
		expect(addDays(iso, days)).toBe(expected);
	});

	test.each([
		['2024-01-31', 1, '2024-02-29'],
		['2024-04-15', 48, '2028-04-15'],
		['2024-11-30', 3, '2025-02-28']
	])('addMonths(%s, %i) → %s', (iso, months, expected) => {
		expect(addMonths(iso, months)).toBe(expected);
	});

	test.each([
		[45292, '2024-01-01'],
		[25569, '1970-01-01']
	])('excelSerialToIso(%i) → %s', (serial, expected) => {
		expect(excelSerialToIso(serial)).toBe(expected);
	});
});

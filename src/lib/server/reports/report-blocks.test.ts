import { describe, expect, test } from 'vitest';
import {
	capitalise,
	formatCoverage,
	formatIndicatorValue,
	formatShortDate,
	toTableBlock
} from './report-blocks';

describe('report value formats', () => {
	test.each([
		[0.5163, '52\u00a0%'],
		[0.7972, '79\u00a0%'],
		[0.799, '79\u00a0%'],
		[0.8, '80\u00a0%'],
		[0.003, '< 1\u00a0%'],
		[0, '0\u00a0%'],
		[1, '100\u00a0%']
	])('coverage %d is shown as %j (never 80 % below the threshold)', (coverage, text) => {
		expect(formatCoverage(coverage)).toBe(text);
	});

	test.each([
		[0.0112, 'ratio', '1\u00a0%'],
		[12_089_947, 'cents', '120\u202f899\u00a0€'],
		[6048.16, 'hhi', '6\u202f048 / 10\u202f000'],
		[7.69, 'score', '8 / 100'],
		[null, 'ratio', 'inconnue']
	] as const)('indicator value %d (%s) is %j', (value, unit, text) => {
		expect(formatIndicatorValue(value, unit, 'inconnue')).toBe(text);
	});

	test.each([
		['2025-06-01', '01/06/2025'],
		['2026-11-29T23:30:00.000Z', '30/11/2026'],
		['pas une date', 'pas une date']
	])('date %j is %j', (iso, text) => {
		expect(formatShortDate(iso)).toBe(text);
	});

	test.each([
		['soit 12 €', 'Soit 12 €'],
		['économies', 'Économies'],
		['', '']
	])('capitalise(%j) = %j', (text, expected) => {
		expect(capitalise(text)).toBe(expected);
	});

	test('a table block keeps its note only when given, numbers right-aligned', () => {
		const block = toTableBlock(
			'Légende',
			[
				['Logiciel', 'l'],
				['Montant', 'r']
			],
			[['Zoom', '1 €']]
		);
		expect(block).toEqual({
			kind: 'table',
			caption: 'Légende',
			columns: [
				{ label: 'Logiciel', align: 'left' },
				{ label: 'Montant', align: 'right' }
			],
			rows: [['Zoom', '1 €']]
		});
		expect(toTableBlock('L', [], [], 'Source')).toMatchObject({ note: 'Source' });
	});
});

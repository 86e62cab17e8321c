import { describe, expect, test } from 'vitest';
import { axisFormat, formatValue, toAxisValue, type ValueUnit } from './format-value';

describe('formatValue', () => {
	test.each<[number | null, ValueUnit, string]>([
		[1_073_520, 'cents', '10\u202f735\u00a0€'],
		[0.166, 'ratio', '17\u00a0%'],
		[1234.4, 'count', '1\u202f234'],
		[null, 'count', '—'],
		[Number.NaN, 'cents', '—']
	])('%s as %s is %j', (value, unit, expected) => {
		expect(formatValue(value, unit)).toBe(expected);
	});
});

describe('toAxisValue and axisFormat', () => {
	test.each<[number | null, ValueUnit, number | null, string | undefined]>([
		[12_345, 'cents', 123.45, 'currency'],
		[0.5, 'ratio', 0.5, 'percent'],
		[7, 'count', 7, undefined],
		[null, 'count', null, undefined]
	])('%s (%s) is plotted as %s with a %s axis', (value, unit, plotted, style) => {
		expect(toAxisValue(value, unit)).toBe(plotted);
		expect(axisFormat(unit).style).toBe(style);
		// Chart.js merges its own fraction digits first: ours must set both bounds, consistently.
		const merged = { minimumFractionDigits: 1, maximumFractionDigits: 1, ...axisFormat(unit) };
		expect(() => new Intl.NumberFormat('fr-FR', merged).format(0.1)).not.toThrow();
	});
});

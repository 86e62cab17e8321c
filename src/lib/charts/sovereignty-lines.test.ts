import { describe, expect, test } from 'vitest';
import {
	buildIndicatorLines,
	findSeriesEnds,
	formatSeriesValue,
	toPercentAxis,
	type IndicatorSeries
} from './sovereignty-lines';

const series: IndicatorSeries[] = [
	{ id: 'composite-score', label: 'Score', kind: 'score' },
	{ id: 'open-source-seats-share', label: 'Logiciels libres', kind: 'ratio' }
];
const points = [
	{ label: 'A', values: { 'composite-score': 22.36, 'open-source-seats-share': 0.0111 } },
	{ label: 'B', values: { 'composite-score': null, 'open-source-seats-share': 0.25 } },
	{ label: 'C', values: { 'composite-score': 48.04 } }
];

describe('sovereignty line charts', () => {
	test.each([
		[0.25, 'ratio', 25],
		[0.0111, 'ratio', 1.1],
		[22.36, 'score', 22.4],
		[null, 'ratio', null],
		[undefined, 'score', null],
		[Number.NaN, 'score', null]
	] as const)('%s (%s) is plotted at %s on the 0–100 axis', (value, kind, expected) => {
		expect(toPercentAxis(value, kind)).toBe(expected);
	});

	test.each([
		[0.25, 'ratio', '25\u00a0%'],
		[37.6, 'score', '38 / 100'],
		[null, 'ratio', '—']
	] as const)('%s (%s) is written %j', (value, kind, expected) => {
		expect(formatSeriesValue(value, kind)).toBe(expected);
	});

	test('one dataset per series, each with its own colour, point shape and dash; gaps spanned', () => {
		const { config } = buildIndicatorLines(points, series, {
			title: 'T',
			pointHeader: 'Date',
			axisTitle: '%'
		});
		expect(config.data.labels).toEqual(['A', 'B', 'C']);
		expect(config.data.datasets.map((d) => d.data)).toEqual([
			[22.4, null, 48],
			[1.1, 25, null]
		]);
		const [a, b] = config.data.datasets;
		expect(a.borderColor).not.toBe(b.borderColor);
		expect(a.pointStyle).not.toBe(b.pointStyle);
		expect(a.borderDash).not.toEqual(b.borderDash);
		expect(a.spanGaps).toBe(true);
		expect(config.options?.scales?.y?.max).toBe(100);
	});

	test('the table has one row per point and one column per series, missing values as a dash', () => {
		const { table } = buildIndicatorLines(points, series, {
			title: 'T',
			pointHeader: 'Date',
			axisTitle: '%'
		});
		expect(table.columns).toEqual(['Date', 'Score', 'Logiciels libres']);
		expect(table.rows).toEqual([
			['A', '22 / 100', '1\u00a0%'],
			['B', '—', '25\u00a0%'],
			['C', '48 / 100', '—']
		]);
	});

	test('the ends of a series skip missing values', () => {
		expect(findSeriesEnds(points, 'open-source-seats-share')).toEqual({
			first: 0.0111,
			last: 0.25,
			firstLabel: 'A',
			lastLabel: 'B'
		});
		expect(findSeriesEnds(points, 'unknown')).toBeNull();
	});
});

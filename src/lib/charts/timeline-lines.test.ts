import { describe, expect, test } from 'vitest';
import { buildTimelineLines } from './timeline-lines';

const options = {
	title: 'Bureautique : postes basculés',
	dateHeader: 'Date',
	unit: 'count' as const,
	summaryTemplate: '{title}, du {from} au {to}. Dernières valeurs : {latest}.',
	emptySummaryTemplate: '{title} : aucune donnée.'
};
const dates = ['2025-06-01', '2025-12-01'];
const series = [
	{ label: 'Prévu', values: [35.7, 35.7], dashed: true },
	{ label: 'Constaté', values: [0, 21] }
];

describe('buildTimelineLines', () => {
	test('French month labels, planned dashed with triangles, realised solid with circles', () => {
		const { config } = buildTimelineLines(dates, series, options);
		expect(config.data.labels).toEqual(['juin 2025', 'déc. 2025']);
		const [planned, realised] = config.data.datasets;
		expect([planned.borderDash, planned.pointStyle]).toEqual([[8, 5], 'triangle']);
		expect([realised.borderDash, realised.pointStyle]).toEqual([[], 'circle']);
		expect(planned.borderColor).not.toBe(realised.borderColor);
	});

	test('gaps are spanned, so a series reported on other dates still draws a line', () => {
		const { config } = buildTimelineLines(dates, [{ label: 'A', values: [null, 3] }], options);
		expect(config.data.datasets[0].data).toEqual([null, 3]);
		expect(config.data.datasets[0].spanGaps).toBe(true);
	});

	test('the table gives full French dates and rounded values', () => {
		const { table } = buildTimelineLines(dates, series, options);
		expect(table.rows).toEqual([
			['1 juin 2025', '36', '0'],
			['1 décembre 2025', '36', '21']
		]);
	});

	test.each<[string[], { label: string; values: (number | null)[] }[], string]>([
		[
			dates,
			series,
			'Bureautique : postes basculés, du 1 juin 2025 au 1 décembre 2025. Dernières valeurs : Prévu : 36 (1 décembre 2025) ; Constaté : 21 (1 décembre 2025).'
		],
		[
			dates,
			[{ label: 'A', values: [4, null] }],
			'Bureautique : postes basculés, du 1 juin 2025 au 1 décembre 2025. Dernières valeurs : A : 4 (1 juin 2025).'
		],
		[[], [], 'Bureautique : postes basculés : aucune donnée.'],
		[dates, [{ label: 'A', values: [null, null] }], 'Bureautique : postes basculés : aucune donnée.']
	])('summary of %j', (d, s, expected) => {
		expect(buildTimelineLines(d, s, options).summary).toBe(expected);
	});
});

import { describe, expect, test } from 'vitest';
import {
	buildSovereigntyTrend,
	formatIsoDate,
	pickLatestPerDate,
	type TrendSnapshot
} from './sovereignty-trend';

const options = {
	title: 'Évolution',
	dateHeader: 'Date des données',
	axisTitle: '% ou points sur 100',
	series: [
		{ id: 'composite-score', label: 'Score de souveraineté', kind: 'score' as const },
		{ id: 'open-source-seats-share', label: 'Postes sous logiciel libre', kind: 'ratio' as const }
	],
	summaryTemplate: '{title} : {count} relevés du {first} au {last} ; {label} : de {from} à {to}.',
	singleSummaryTemplate: '{title} : un relevé, le {date} ; {label} : {value}.',
	emptySummaryTemplate: '{title} : aucun relevé.'
};

function snapshot(asOf: string, takenAt: string, score: number | null, share: number | null): TrendSnapshot {
	return {
		asOf,
		takenAt,
		values: { 'composite-score': { value: score }, 'open-source-seats-share': { value: share } }
	};
}

describe('buildSovereigntyTrend', () => {
	test.each([
		['2025-12-01', '01/12/2025'],
		['2026-01-31T10:00:00Z', '31/01/2026'],
		['inconnue', 'inconnue']
	])('%s is written %s', (iso, expected) => {
		expect(formatIsoDate(iso)).toBe(expected);
	});

	test('keeps the latest snapshot of each data date, oldest date first', () => {
		const picked = pickLatestPerDate([
			snapshot('2025-12-01', '2026-01-02T10:00:00Z', 30, 0.1),
			snapshot('2025-06-01', '2026-01-01T10:00:00Z', 20, 0.05),
			snapshot('2025-12-01', '2026-01-03T09:00:00Z', 35, 0.2)
		]);
		expect(picked.map((s) => [s.asOf, s.values['composite-score']?.value])).toEqual([
			['2025-06-01', 20],
			['2025-12-01', 35]
		]);
	});

	test('charts each series over the dates and summarises the headline series from first to last', () => {
		const { config, table, summary } = buildSovereigntyTrend(
			[snapshot('2025-06-01', 't1', 20.4, 0.05), snapshot('2025-12-01', 't2', 35.2, 0.2)],
			options
		);
		expect(config.data.labels).toEqual(['01/06/2025', '01/12/2025']);
		expect(config.data.datasets[1].data).toEqual([5, 20]);
		expect(table.rows[1]).toEqual(['01/12/2025', '35 / 100', '20\u00a0%']);
		expect(summary).toBe(
			'Évolution : 2 relevés du 01/06/2025 au 01/12/2025 ; Score de souveraineté : de 20 / 100 à 35 / 100.'
		);
	});

	test.each([
		[
			[snapshot('2025-12-01', 't', 22, 0.01)],
			'Évolution : un relevé, le 01/12/2025 ; Score de souveraineté : 22 / 100.'
		],
		[[], 'Évolution : aucun relevé.'],
		[[snapshot('2025-12-01', 't', null, 0.01)], 'Évolution : aucun relevé.']
	])('with few snapshots the summary says so (%#)', (snapshots, expected) => {
		expect(buildSovereigntyTrend(snapshots, options).summary).toBe(expected);
	});
});

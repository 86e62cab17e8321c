/**
 * The line chart the sovereignty trend and projection share: a few indicators (shares and 0–100 scores) on
 * one 0–100 axis over labelled points, with its table alternative. Each series has its own colour, point
 * shape and dash, so lines stay distinct in grey print and for colour-blind readers. Plain JSON config.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCount, formatPercent } from '../domain/money';
import { colourAt } from './palette';
import type { DataTable } from './types';

/** 'ratio' values are in [0, 1] (plotted as %), 'score' values in [0, 100]. */
export interface IndicatorSeries {
	id: string;
	label: string;
	kind: 'ratio' | 'score';
}

export interface LabelledPoint {
	label: string;
	/** Values by series id in the series' own unit; missing or null = no point (the line spans the gap). */
	values: Record<string, number | null | undefined>;
}

const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star'] as const;
const DASHES = [[], [8, 4], [2, 3], [12, 3, 3, 3]];

/** Value on the 0–100 axis: ratios × 100, scores as they are; null when missing. */
export function toPercentAxis(
	value: number | null | undefined,
	kind: IndicatorSeries['kind']
): number | null {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	return kind === 'ratio' ? Math.round(value * 1000) / 10 : Math.round(value * 10) / 10;
}

/** "42 %" for a ratio, "37 / 100" for a score, an em dash when missing. */
export function formatSeriesValue(value: number | null | undefined, kind: IndicatorSeries['kind']): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	return kind === 'ratio' ? formatPercent(value) : `${formatCount(Math.round(value))} / 100`;
}

/** Line chart config and table of the series over the points, in order. */
export function buildIndicatorLines(
	points: LabelledPoint[],
	series: IndicatorSeries[],
	text: { title: string; pointHeader: string; axisTitle: string }
): { config: ChartConfiguration<'line'>; table: DataTable } {
	const config: ChartConfiguration<'line'> = {
		type: 'line',
		data: {
			labels: points.map((p) => p.label),
			datasets: series.map((s, i) => ({
				label: s.label,
				data: points.map((p) => toPercentAxis(p.values[s.id], s.kind)),
				borderColor: colourAt(i),
				backgroundColor: colourAt(i),
				borderWidth: 3,
				borderDash: DASHES[i % DASHES.length],
				pointStyle: POINT_STYLES[i % POINT_STYLES.length],
				pointRadius: 6,
				spanGaps: true,
				tension: 0
			}))
		},
		options: {
			locale: 'fr-FR',
			plugins: {
				legend: { display: true, position: 'bottom', labels: { usePointStyle: true } },
				title: { display: false, text: text.title }
			},
			scales: {
				y: {
					min: 0,
					max: 100,
					title: { display: true, text: text.axisTitle },
					ticks: { format: { minimumFractionDigits: 0, maximumFractionDigits: 0 } }
				}
			}
		}
	};
	const table: DataTable = {
		caption: text.title,
		columns: [text.pointHeader, ...series.map((s) => s.label)],
		rows: points.map((p) => [p.label, ...series.map((s) => formatSeriesValue(p.values[s.id], s.kind))])
	};
	return { config, table };
}

/** The first and last non-missing values of a series over the points, or null when it has none. */
export function findSeriesEnds(
	points: LabelledPoint[],
	id: string
): { first: number; last: number; firstLabel: string; lastLabel: string } | null {
	const known = points.filter((p) => {
		const v = p.values[id];
		return v !== null && v !== undefined && Number.isFinite(v);
	});
	const first = known[0];
	const last = known[known.length - 1];
	if (!first || !last) return null;
	return {
		first: first.values[id] ?? 0,
		last: last.values[id] ?? 0,
		firstLabel: first.label,
		lastLabel: last.label
	};
}

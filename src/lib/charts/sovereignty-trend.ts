/**
 * The sovereignty trend: stored indicator snapshots charted over their data date (one point per date, the
 * latest snapshot taken for it), with the table alternative and a summary sentence.
 */
import type { ChartConfiguration } from 'chart.js';
import { format } from '../i18n/format';
import {
	buildIndicatorLines,
	findSeriesEnds,
	formatSeriesValue,
	type IndicatorSeries,
	type LabelledPoint
} from './sovereignty-lines';
import type { DataTable } from './types';

/** The shape of a stored snapshot the chart reads (see listIndicatorSnapshots). */
export interface TrendSnapshot {
	asOf: string;
	takenAt: string;
	values: Record<string, { value: number | null } | undefined>;
}

export interface TrendOptions {
	title: string;
	dateHeader: string;
	axisTitle: string;
	/** The first series is the headline of the summary. */
	series: IndicatorSeries[];
	/** '{title}', '{count}', '{first}', '{last}', '{label}', '{from}', '{to}' are filled in. */
	summaryTemplate: string;
	/** One point only: '{title}', '{date}', '{label}', '{value}'. */
	singleSummaryTemplate: string;
	emptySummaryTemplate: string;
}

/** "2025-12-01" → "01/12/2025"; anything else is returned as is. */
export function formatIsoDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** One snapshot per data date, the latest taken; oldest date first. */
export function pickLatestPerDate<T extends { asOf: string; takenAt: string }>(snapshots: readonly T[]): T[] {
	const byDate = new Map<string, T>();
	for (const s of snapshots) {
		const kept = byDate.get(s.asOf);
		if (!kept || s.takenAt >= kept.takenAt) byDate.set(s.asOf, s);
	}
	return [...byDate.values()].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

export function buildSovereigntyTrend(
	snapshots: readonly TrendSnapshot[],
	options: TrendOptions
): { config: ChartConfiguration<'line'>; table: DataTable; summary: string } {
	const points: LabelledPoint[] = pickLatestPerDate(snapshots).map((s) => ({
		label: formatIsoDate(s.asOf),
		values: Object.fromEntries(
			options.series.map((series) => [series.id, s.values[series.id]?.value ?? null])
		)
	}));
	const { config, table } = buildIndicatorLines(points, options.series, {
		title: options.title,
		pointHeader: options.dateHeader,
		axisTitle: options.axisTitle
	});
	const headline = options.series[0];
	const ends = headline ? findSeriesEnds(points, headline.id) : null;
	let summary: string;
	if (!headline || !ends) summary = format(options.emptySummaryTemplate, { title: options.title });
	else if (points.length === 1)
		summary = format(options.singleSummaryTemplate, {
			title: options.title,
			date: ends.lastLabel,
			label: headline.label,
			value: formatSeriesValue(ends.last, headline.kind)
		});
	else
		summary = format(options.summaryTemplate, {
			title: options.title,
			count: points.length,
			first: points[0].label,
			last: points[points.length - 1].label,
			label: headline.label,
			from: formatSeriesValue(ends.first, headline.kind),
			to: formatSeriesValue(ends.last, headline.kind)
		});
	return { config, table, summary };
}

/**
 * Lines over dated points (planned vs realised seats on the alternative, active users per report), with the
 * table alternative and a summary sentence. Dates are category labels written the French way, so no date
 * adapter is needed and the config stays plain JSON. A planned series is dashed with triangle points, so it
 * stays distinct from the realised one in grey print and for colour-blind readers.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatDateLong, formatMonth } from '../domain/dashboard/dates';
import { format } from '../i18n/format';
import { axisFormat, formatValue, toAxisValue, type ValueUnit } from './format-value';
import { colourAt } from './palette';
import type { DataTable } from './types';

export interface LineSeries {
	label: string;
	/** One value per date; null where the series has no point (the line spans the gap). */
	values: (number | null)[];
	dashed?: boolean;
}

export interface TimelineOptions {
	title: string;
	dateHeader: string;
	unit: ValueUnit;
	/** '{title}', '{from}', '{to}', '{latest}' ("Série : valeur (date) ; …") are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

function lastPoint(values: (number | null)[], dates: string[]): { value: number; date: string } | null {
	for (let i = values.length - 1; i >= 0; i--) {
		const v = values[i];
		if (v !== null && Number.isFinite(v)) return { value: v, date: dates[i] };
	}
	return null;
}

/** A line chart of series over sorted ISO dates (month labels on the axis, full dates in the table). */
export function buildTimelineLines(
	dates: string[],
	series: LineSeries[],
	options: TimelineOptions
): { config: ChartConfiguration<'line'>; table: DataTable; summary: string } {
	const config: ChartConfiguration<'line'> = {
		type: 'line',
		data: {
			labels: dates.map(formatMonth),
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.values.map((v) => toAxisValue(v, options.unit)),
				borderColor: colourAt(i),
				backgroundColor: colourAt(i),
				borderWidth: 3,
				borderDash: s.dashed ? [8, 5] : [],
				pointStyle: s.dashed ? 'triangle' : 'circle',
				pointRadius: 5,
				spanGaps: true,
				tension: 0
			}))
		},
		options: {
			locale: 'fr-FR',
			plugins: {
				legend: { display: true, position: 'bottom' },
				title: { display: false, text: options.title }
			},
			scales: { y: { beginAtZero: true, ticks: { format: axisFormat(options.unit) } } }
		}
	};
	const table: DataTable = {
		caption: options.title,
		columns: [options.dateHeader, ...series.map((s) => s.label)],
		rows: dates.map((d, r) => [
			formatDateLong(d),
			...series.map((s) => formatValue(s.values[r] ?? null, options.unit))
		])
	};
	const latest = series
		.map((s) => {
			const p = lastPoint(s.values, dates);
			return p ? `${s.label} : ${formatValue(p.value, options.unit)} (${formatDateLong(p.date)})` : null;
		})
		.filter((s): s is string => s !== null);
	const summary =
		dates.length === 0 || latest.length === 0
			? format(options.emptySummaryTemplate, { title: options.title })
			: format(options.summaryTemplate, {
					title: options.title,
					from: formatDateLong(dates[0]),
					to: formatDateLong(dates[dates.length - 1]),
					latest: latest.join(' ; ')
				});
	return { config, table, summary };
}

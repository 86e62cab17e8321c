/**
 * Bars of two or more series side by side per category (paid vs used seats per product, projected vs
 * realised savings per year, planned vs realised share per service), with the table alternative and a
 * summary sentence. Pure config: shared by the screen (Chart.svelte) and the PDF.
 */
import type { ChartConfiguration } from 'chart.js';
import { format } from '../i18n/format';
import { axisFormat, formatValue, toAxisValue, type ValueUnit } from './format-value';
import { colourAt } from './palette';
import { shortenLabel } from './spend-bars';
import type { DataTable } from './types';

export interface BarSeries {
	label: string;
	values: (number | null)[];
}

export interface GroupedBarsOptions {
	title: string;
	categoryHeader: string;
	unit: ValueUnit;
	horizontal?: boolean;
	/** '{title}', '{count}' (categories), '{totals}' ("Série : total ; …") are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
	/** Summing makes no sense for ratios: then '{totals}' gives each series' common value or its top three. */
}

function total(values: (number | null)[]): number {
	return values.reduce<number>((n, v) => n + (v ?? 0), 0);
}

/**
 * Shares are not summed: one value when every category has it, else the three highest categories with
 * their value (the table lists them all).
 */
function describeRatios(categories: string[], values: (number | null)[]): string {
	const known = categories
		.map((c, i) => ({ c, v: values[i] ?? null }))
		.filter((x): x is { c: string; v: number } => x.v !== null);
	if (known.length === 0) return formatValue(null, 'ratio');
	if (known.every((x) => x.v === known[0].v)) return formatValue(known[0].v, 'ratio');
	return [...known]
		.sort((a, b) => b.v - a.v)
		.slice(0, 3)
		.map((x) => `${x.c} ${formatValue(x.v, 'ratio')}`)
		.join(', ');
}

/**
 * Grouped bars: one colour per series (Okabe–Ito order, so neighbours also differ in grey), categories on
 * the category axis, values in `unit` (cents plotted as euros). The table lists every category with each
 * series' value as text.
 */
export function buildGroupedBars(
	categories: string[],
	series: BarSeries[],
	options: GroupedBarsOptions
): { config: ChartConfiguration<'bar'>; table: DataTable; summary: string } {
	const valueAxis = options.horizontal ? 'x' : 'y';
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels: categories.map((c) => shortenLabel(c)),
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.values.map((v) => toAxisValue(v, options.unit)),
				backgroundColor: colourAt(i),
				borderColor: '#1f2937',
				borderWidth: 1
			}))
		},
		options: {
			indexAxis: options.horizontal ? 'y' : 'x',
			locale: 'fr-FR',
			plugins: {
				legend: { display: true, position: 'bottom' },
				title: { display: false, text: options.title }
			},
			scales: { [valueAxis]: { beginAtZero: true, ticks: { format: axisFormat(options.unit) } } }
		}
	};
	const table: DataTable = {
		caption: options.title,
		columns: [options.categoryHeader, ...series.map((s) => s.label)],
		rows: categories.map((c, r) => [c, ...series.map((s) => formatValue(s.values[r] ?? null, options.unit))])
	};
	const summary =
		categories.length === 0
			? format(options.emptySummaryTemplate, { title: options.title })
			: format(options.summaryTemplate, {
					title: options.title,
					count: categories.length,
					totals: series
						.map((s) =>
							options.unit === 'ratio'
								? `${s.label} : ${describeRatios(categories, s.values)}`
								: `${s.label} : ${formatValue(total(s.values), options.unit)}`
						)
						.join(' ; ')
				});
	return { config, table, summary };
}

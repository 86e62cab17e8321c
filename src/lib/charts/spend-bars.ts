import type { ChartConfiguration } from 'chart.js';
import { formatEuros, formatEurosRounded, formatPercent } from '../domain/money';
import type { SpendSlice } from '../domain/spend';
import { format } from '../i18n/format';
import { colourAt } from './palette';
import type { DataTable } from './types';

export interface SpendBarsOptions {
	title: string;
	labelHeader: string;
	amountHeader: string;
	shareHeader: string;
	/** Slices past this rank are grouped under `othersLabel`, so a bar chart stays readable. */
	maxBars?: number;
	othersLabel?: string;
	/** Catalogue templates: '{title}', '{count}', '{label}', '{amount}', '{share}' are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

/** Shortens a long axis label (the data table keeps the full text). */
export function shortenLabel(label: string, max = 34): string {
	return label.length <= max ? label : label.slice(0, max - 1).trimEnd() + '…';
}

/** Keeps the largest slices and folds the rest into one "others" slice (totals unchanged). */
export function foldSmallSlices(slices: SpendSlice[], maxBars: number, othersLabel: string): SpendSlice[] {
	if (slices.length <= maxBars) return slices;
	const kept = slices.slice(0, maxBars - 1);
	const rest = slices.slice(maxBars - 1);
	const cents = rest.reduce((n, s) => n + s.cents, 0);
	const share = rest.reduce((n, s) => n + s.share, 0);
	return [...kept, { label: `${othersLabel} (${rest.length})`, cents, share }];
}

/**
 * A horizontal bar chart of spend slices, in euros (values are cents / 100 for the axis only), with its
 * table alternative and a summary sentence. Shared by the screen (Chart.svelte) and the PDF.
 */
export function buildSpendBars(
	slices: SpendSlice[],
	options: SpendBarsOptions
): { config: ChartConfiguration<'bar'>; table: DataTable; summary: string } {
	const shown = foldSmallSlices(slices, options.maxBars ?? 10, options.othersLabel ?? 'Autres');
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels: shown.map((s) => shortenLabel(s.label)),
			datasets: [
				{
					label: options.amountHeader,
					data: shown.map((s) => s.cents / 100),
					backgroundColor: shown.map((_, i) => colourAt(i)),
					borderColor: '#1f2937',
					borderWidth: 1
				}
			]
		},
		options: {
			indexAxis: 'y',
			locale: 'fr-FR',
			plugins: {
				legend: { display: false },
				title: { display: false, text: options.title }
			},
			scales: {
				x: {
					beginAtZero: true,
					ticks: {
						format: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }
					}
				}
			}
		}
	};
	const table: DataTable = {
		caption: options.title,
		columns: [options.labelHeader, options.amountHeader, options.shareHeader],
		rows: slices.map((s) => [s.label, formatEuros(s.cents), formatPercent(s.share, 1)])
	};
	const top = slices[0];
	const summary = top
		? format(options.summaryTemplate, {
				title: options.title,
				count: slices.length,
				label: top.label,
				amount: formatEurosRounded(top.cents),
				share: formatPercent(top.share)
			})
		: format(options.emptySummaryTemplate, { title: options.title });
	return { config, table, summary };
}

/**
 * Tornado chart: each uncertain assumption moved alone from its low to its high value, every other one at
 * its likely value, and the NPV it gives. The longest bars are the assumptions worth checking first.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatEuros, formatEurosRounded } from '../domain/money';
import type { AssumptionKey, Tornado } from '../domain/savings';
import { format } from '../i18n/format';
import { colourAt } from './palette';
import { shortenLabel } from './spend-bars';
import { formatAssumptionValue, type UnitWords } from './savings-format';
import type { DataTable } from './types';

export interface TornadoText {
	title: string;
	assumptionHeader: string;
	rangeHeader: string;
	lowLabel: string;
	highLabel: string;
	swingHeader: string;
	units: UnitWords;
	/** '{label}', '{low}', '{high}', '{swing}', '{base}' are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
	/** Label of an assumption in the interface's language. */
	labelOf: (key: AssumptionKey) => string;
}

/**
 * Two floating-bar datasets drawn on the same row (`grouped: false`), in euros: from the base NPV to the NPV
 * at the assumption's low value, and to the NPV at its high value. Bars keep the tornado's order (largest
 * swing first). Chart.js floating bars take [start, end] pairs, so the config stays plain data.
 */
export function buildTornadoChart(
	tornado: Tornado,
	text: TornadoText
): { config: ChartConfiguration<'bar'>; table: DataTable; summary: string } {
	const base = tornado.baseNpvCents / 100;
	const bars = tornado.bars;
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels: bars.map((bar) => shortenLabel(text.labelOf(bar.key), 44)),
			datasets: [
				{
					label: text.lowLabel,
					data: bars.map((bar): [number, number] => [base, bar.npvAtLowCents / 100]),
					backgroundColor: colourAt(5),
					grouped: false
				},
				{
					label: text.highLabel,
					data: bars.map((bar): [number, number] => [base, bar.npvAtHighCents / 100]),
					backgroundColor: colourAt(0),
					grouped: false
				}
			]
		},
		options: {
			indexAxis: 'y',
			locale: 'fr-FR',
			// Figures are redrawn on every keystroke of the assumptions form: no animation, no half-drawn chart.
			animation: false,
			plugins: { legend: { display: true, position: 'bottom' }, title: { display: false, text: text.title } },
			scales: {
				x: { ticks: { format: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } } }
			}
		}
	};
	const value = (key: AssumptionKey, v: number) => formatAssumptionValue(key, v, text.units);
	const table: DataTable = {
		caption: text.title,
		columns: [text.assumptionHeader, text.rangeHeader, text.lowLabel, text.highLabel, text.swingHeader],
		rows: bars.map((bar) => [
			text.labelOf(bar.key),
			`${value(bar.key, bar.low)} – ${value(bar.key, bar.high)}`,
			formatEuros(bar.npvAtLowCents),
			formatEuros(bar.npvAtHighCents),
			formatEuros(bar.swingCents)
		])
	};
	const top = bars[0];
	const summary = top
		? format(text.summaryTemplate, {
				label: text.labelOf(top.key),
				low: formatEurosRounded(Math.min(top.npvAtLowCents, top.npvAtHighCents)),
				high: formatEurosRounded(Math.max(top.npvAtLowCents, top.npvAtHighCents)),
				swing: formatEurosRounded(top.swingCents),
				base: formatEurosRounded(tornado.baseNpvCents)
			})
		: format(text.emptySummaryTemplate, { title: text.title });
	return { config, table, summary };
}

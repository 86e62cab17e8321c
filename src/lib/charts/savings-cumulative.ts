/**
 * Cumulative savings of a scenario year by year: the central line (every assumption at its likely value)
 * inside the P10–P90 band of the Monte Carlo draws, so the reader sees the figure and how sure it is.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatEuros, formatEurosRounded, formatPercent } from '../domain/money';
import type { MonteCarloResult, Projection } from '../domain/savings';
import { format } from '../i18n/format';
import { colourAt } from './palette';
import type { BandPoint } from './savings-figures';
import { formatYearLabel } from './savings-format';
import type { DataTable } from './types';

export interface CumulativeText {
	title: string;
	yearTemplate: string;
	yearHeader: string;
	centralLabel: string;
	p10Label: string;
	p50Label: string;
	p90Label: string;
	/** '{central}', '{years}', '{p10}', '{p90}', '{draws}', '{probability}' are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

/** Okabe–Ito sky blue at 25 % opacity: the band stays light enough for the central line to read on it. */
const BAND_FILL = '#56B4E940';

/**
 * Three line datasets in euros: P90 filled down to P10 (Chart.js `fill: '+1'`), P10, and the central
 * cumulative savings drawn last and thickest. The band is pointwise (see computeCumulativeBand).
 */
export function buildCumulativeChart(
	projection: Projection,
	band: readonly BandPoint[],
	monteCarlo: Pick<MonteCarloResult, 'draws' | 'probabilityOfSaving'>,
	text: CumulativeText,
	firstCalendarYear: number | null = null
): { config: ChartConfiguration<'line'>; table: DataTable; summary: string } {
	const labels = projection.years.map((y) => formatYearLabel(y.year, firstCalendarYear, text.yearTemplate));
	const euros = (cents: number) => cents / 100;
	const config: ChartConfiguration<'line'> = {
		type: 'line',
		data: {
			labels,
			datasets: [
				{
					label: text.p90Label,
					data: band.map((b) => euros(b.p90)),
					borderColor: colourAt(4),
					borderDash: [4, 4],
					backgroundColor: BAND_FILL,
					fill: '+1',
					pointRadius: 0
				},
				{
					label: text.p10Label,
					data: band.map((b) => euros(b.p10)),
					borderColor: colourAt(4),
					borderDash: [4, 4],
					fill: false,
					pointRadius: 0
				},
				{
					label: text.centralLabel,
					data: projection.years.map((y) => euros(y.cumulativeSavingsCents)),
					borderColor: colourAt(0),
					backgroundColor: colourAt(0),
					borderWidth: 3,
					fill: false
				}
			]
		},
		options: {
			locale: 'fr-FR',
			// Figures are redrawn on every keystroke of the assumptions form: no animation, no half-drawn chart.
			animation: false,
			plugins: { legend: { display: true, position: 'bottom' }, title: { display: false, text: text.title } },
			scales: { y: { ticks: { format: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } } } }
		}
	};
	const table: DataTable = {
		caption: text.title,
		columns: [text.yearHeader, text.centralLabel, text.p10Label, text.p50Label, text.p90Label],
		rows: projection.years.map((y, i) => [
			labels[i],
			formatEuros(y.cumulativeSavingsCents),
			band[i] ? formatEuros(band[i].p10) : '—',
			band[i] ? formatEuros(band[i].p50) : '—',
			band[i] ? formatEuros(band[i].p90) : '—'
		])
	};
	const last = band[band.length - 1];
	const summary =
		projection.years.length === 0 || !last
			? format(text.emptySummaryTemplate, { title: text.title })
			: format(text.summaryTemplate, {
					central: formatEurosRounded(projection.cumulativeSavingsCents),
					years: projection.years.length,
					p10: formatEurosRounded(last.p10),
					p90: formatEurosRounded(last.p90),
					draws: new Intl.NumberFormat('fr-FR').format(monteCarlo.draws),
					probability: formatPercent(monteCarlo.probabilityOfSaving)
				});
	return { config, table, summary };
}

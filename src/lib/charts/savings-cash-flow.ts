/**
 * Cash-flow chart of a scenario: for each year of the horizon, what keeping the proprietary products costs
 * (baseline), what the scenario costs, and the difference (the net saving, negative while investing).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatEuros, formatEurosRounded } from '../domain/money';
import type { Projection } from '../domain/savings';
import { format } from '../i18n/format';
import { colourAt } from './palette';
import { formatYearLabel } from './savings-format';
import type { DataTable } from './types';

export interface CashFlowText {
	title: string;
	/** '{year}' is filled in, e.g. 'Année {year}'. */
	yearTemplate: string;
	yearHeader: string;
	baselineLabel: string;
	scenarioLabel: string;
	savingsLabel: string;
	cumulativeLabel: string;
	discountedLabel: string;
	/** '{title}', '{years}', '{baseline}', '{scenario}', '{savings}', '{first}' are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

const EURO_TICKS = { format: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } } as const;

/**
 * Grouped bars per year, in euros (cents / 100, for the axis only): baseline cost, scenario cost, net
 * saving. The table gives the exact cents of every year, cumulated and discounted too.
 */
export function buildCashFlowChart(
	projection: Projection,
	text: CashFlowText,
	firstCalendarYear: number | null = null
): { config: ChartConfiguration<'bar'>; table: DataTable; summary: string } {
	const years = projection.years;
	const euros = (cents: number) => cents / 100;
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels: years.map((y) => formatYearLabel(y.year, firstCalendarYear, text.yearTemplate)),
			datasets: [
				{
					label: text.baselineLabel,
					data: years.map((y) => euros(y.baselineCents)),
					backgroundColor: colourAt(1)
				},
				{
					label: text.scenarioLabel,
					data: years.map((y) => euros(y.scenarioCents)),
					backgroundColor: colourAt(0)
				},
				{
					label: text.savingsLabel,
					data: years.map((y) => euros(y.savingsCents)),
					backgroundColor: colourAt(2)
				}
			]
		},
		options: {
			locale: 'fr-FR',
			// Figures are redrawn on every keystroke of the assumptions form: no animation, no half-drawn chart.
			animation: false,
			plugins: {
				legend: { display: true, position: 'bottom' },
				title: { display: false, text: text.title }
			},
			scales: { y: { ticks: EURO_TICKS } }
		}
	};
	const table: DataTable = {
		caption: text.title,
		columns: [
			text.yearHeader,
			text.baselineLabel,
			text.scenarioLabel,
			text.savingsLabel,
			text.cumulativeLabel,
			text.discountedLabel
		],
		rows: years.map((y) => [
			formatYearLabel(y.year, firstCalendarYear, text.yearTemplate),
			formatEuros(y.baselineCents),
			formatEuros(y.scenarioCents),
			formatEuros(y.savingsCents),
			formatEuros(y.cumulativeSavingsCents),
			formatEuros(y.discountedSavingsCents)
		])
	};
	const summary =
		years.length === 0
			? format(text.emptySummaryTemplate, { title: text.title })
			: format(text.summaryTemplate, {
					title: text.title,
					years: years.length,
					baseline: formatEurosRounded(projection.baselineCents),
					scenario: formatEurosRounded(projection.scenarioCents),
					savings: formatEurosRounded(projection.cumulativeSavingsCents),
					first: formatEurosRounded(years[0].savingsCents)
				});
	return { config, table, summary };
}

/**
 * Scenarios side by side: the cumulative savings of each scenario year by year, one line per scenario, so
 * the reader sees which pays back, when, and how far apart they end.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatEuros, formatEurosRounded, type Cents } from '../domain/money';
import { format } from '../i18n/format';
import { colourAt } from './palette';
import type { DataTable } from './types';

export interface ComparedScenario {
	name: string;
	/** Cumulative savings at the end of each year, in cents. */
	cumulativeByYear: Cents[];
}

export interface CompareText {
	title: string;
	yearTemplate: string;
	yearHeader: string;
	/** '{title}', '{min}', '{minName}', '{max}', '{maxName}' are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

/**
 * One line per scenario in euros; the x axis runs to the longest horizon (shorter scenarios stop early).
 * Dashed lines alternate with solid ones so that the series differ without colour too.
 */
export function buildCompareChart(
	scenarios: readonly ComparedScenario[],
	text: CompareText
): { config: ChartConfiguration<'line'>; table: DataTable; summary: string } {
	const years = Math.max(0, ...scenarios.map((scenario) => scenario.cumulativeByYear.length));
	const labels = Array.from({ length: years }, (_, t) => format(text.yearTemplate, { year: t + 1 }));
	const config: ChartConfiguration<'line'> = {
		type: 'line',
		data: {
			labels,
			datasets: scenarios.map((scenario, i) => ({
				label: scenario.name,
				data: scenario.cumulativeByYear.map((cents) => cents / 100),
				borderColor: colourAt(i),
				backgroundColor: colourAt(i),
				borderDash: i % 2 === 1 ? [6, 4] : [],
				borderWidth: 2,
				fill: false
			}))
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
		columns: [text.yearHeader, ...scenarios.map((scenario) => scenario.name)],
		rows: labels.map((label, t) => [
			label,
			...scenarios.map((scenario) =>
				scenario.cumulativeByYear[t] === undefined ? '—' : formatEuros(scenario.cumulativeByYear[t])
			)
		])
	};
	const finals = scenarios
		.filter((scenario) => scenario.cumulativeByYear.length > 0)
		.map((scenario) => ({
			name: scenario.name,
			cents: scenario.cumulativeByYear[scenario.cumulativeByYear.length - 1]
		}))
		.sort((a, b) => a.cents - b.cents);
	const summary =
		finals.length === 0
			? format(text.emptySummaryTemplate, { title: text.title })
			: format(text.summaryTemplate, {
					title: text.title,
					min: formatEurosRounded(finals[0].cents),
					minName: finals[0].name,
					max: formatEurosRounded(finals[finals.length - 1].cents),
					maxName: finals[finals.length - 1].name
				});
	return { config, table, summary };
}

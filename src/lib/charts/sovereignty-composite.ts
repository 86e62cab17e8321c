/**
 * The composite sovereignty score's breakdown: per component, the points it brings (value × effective
 * weight × 100) stacked with the points it could still bring, so the bar's length is its weight and the
 * light part is what is lost. Table alternative with value, weight, points and coverage.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatCount, formatPercent } from '../domain/money';
import type { CompositeComponent } from '../domain/sovereignty';
import { format } from '../i18n/format';
import { shortenLabel } from './spend-bars';
import type { DataTable } from './types';

export interface CompositeChartOptions {
	title: string;
	componentHeader: string;
	valueHeader: string;
	weightHeader: string;
	pointsHeader: string;
	maxPointsHeader: string;
	coverageHeader: string;
	obtainedLabel: string;
	lostLabel: string;
	/** Names by component id (the domain's French names otherwise). */
	names?: Partial<Record<string, string>>;
	/** '{title}', '{score}', '{best}', '{bestPoints}', '{worst}', '{worstLost}' are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

const OBTAINED_COLOUR = '#0072B2';
const LOST_COLOUR = '#D9E2EC';

const pointsFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "12,5": points to the tenth. */
function formatPoints(points: number): string {
	return pointsFormatter.format(Math.round(points * 10) / 10);
}

/** Points the component could bring at most: its weight renormalised over the components with a value. */
export function computeMaxPoints(c: CompositeComponent): number {
	return c.effectiveWeight * 100;
}

export function buildCompositeBreakdown(
	components: readonly CompositeComponent[],
	options: CompositeChartOptions
): { config: ChartConfiguration<'bar'>; table: DataTable; summary: string } {
	const nameOf = (c: CompositeComponent) => options.names?.[c.id] ?? c.name;
	const shown = components.filter((c) => c.weight > 0);
	const round1 = (n: number) => Math.round(n * 10) / 10;
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels: shown.map((c) => shortenLabel(nameOf(c))),
			datasets: [
				{
					label: options.obtainedLabel,
					data: shown.map((c) => round1(c.contribution)),
					backgroundColor: OBTAINED_COLOUR,
					borderColor: '#1f2937',
					borderWidth: 1
				},
				{
					label: options.lostLabel,
					data: shown.map((c) => round1(computeMaxPoints(c) - c.contribution)),
					backgroundColor: LOST_COLOUR,
					borderColor: '#1f2937',
					borderWidth: 1
				}
			]
		},
		options: {
			indexAxis: 'y',
			locale: 'fr-FR',
			plugins: {
				legend: { display: true, position: 'bottom' },
				title: { display: false, text: options.title }
			},
			scales: {
				x: {
					stacked: true,
					beginAtZero: true,
					ticks: { format: { minimumFractionDigits: 0, maximumFractionDigits: 0 } }
				},
				y: { stacked: true }
			}
		}
	};
	const table: DataTable = {
		caption: options.title,
		columns: [
			options.componentHeader,
			options.valueHeader,
			options.weightHeader,
			options.pointsHeader,
			options.maxPointsHeader,
			options.coverageHeader
		],
		rows: components.map((c) => [
			nameOf(c),
			c.value === null ? '—' : formatPercent(c.value),
			formatPercent(c.weight),
			formatPoints(c.contribution),
			formatPoints(computeMaxPoints(c)),
			formatPercent(c.coverage)
		])
	};
	const scored = shown.filter((c) => c.value !== null);
	const best = [...scored].sort((a, b) => b.contribution - a.contribution)[0];
	const worst = [...scored].sort(
		(a, b) => computeMaxPoints(b) - b.contribution - (computeMaxPoints(a) - a.contribution)
	)[0];
	const score = scored.reduce((s, c) => s + c.contribution, 0);
	const summary =
		best && worst
			? format(options.summaryTemplate, {
					title: options.title,
					score: formatCount(Math.round(score)),
					best: nameOf(best),
					bestPoints: formatPoints(best.contribution),
					worst: nameOf(worst),
					worstLost: formatPoints(computeMaxPoints(worst) - worst.contribution)
				})
			: format(options.emptySummaryTemplate, { title: options.title });
	return { config, table, summary };
}

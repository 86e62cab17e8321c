/**
 * The organisation's scenarios side by side, as on the Scénarios page: a figure per row, a scenario per
 * column, then the chart of cumulative savings per scenario.
 */
import { buildCompareChart } from '../../charts/savings-compare';
import { formatEurosRounded, formatPercent } from '../../domain/money';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { formatPayback, formatRate, formatWaves } from '../../scenarios/display';
import type { ScenarioSummary } from '../services/scenario-views';
import { DASH, toChartBlock, toTableBlock } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import type { Block, ReportSection } from './report-types';

/** Scenarios per comparison table: a figure per row, a scenario per column, as on the Scénarios page. */
const COMPARED_PER_TABLE = 4;

function buildCompareTables(inputs: ReportInputs, m: Messages): Block[] {
	const r = m.reports.compare;
	const t = m.scenarios;
	const chosenId = inputs.chosen?.stored.id;
	const firstYear = inputs.chosen?.firstCalendarYear ?? null;
	const figures: [string, (s: ScenarioSummary) => string][] = [
		[t.compareRows.npv, (s) => formatEurosRounded(s.npvCents)],
		[t.compareRows.cumulative, (s) => formatEurosRounded(s.cumulativeSavingsCents)],
		[t.compareRows.payback, (s) => formatPayback(s.paybackYear, firstYear, t)],
		[
			t.compareRows.range,
			(s) =>
				format(t.figures.rangeValue, {
					p10: formatEurosRounded(s.p10Cents),
					p90: formatEurosRounded(s.p90Cents)
				})
		],
		[t.compareRows.probability, (s) => formatPercent(s.probabilityOfSaving)],
		[
			t.compareRows.perAgent,
			(s) => (s.savingsPerAgentCents === null ? DASH : formatEurosRounded(s.savingsPerAgentCents))
		],
		[t.compareRows.horizon, (s) => format(t.years, { n: s.horizonYears })],
		[t.compareRows.discountRate, (s) => formatRate(s.discountRate)],
		[t.compareRows.waves, (s) => formatWaves(s.waves)],
		[t.compareRows.residualShare, (s) => formatPercent(s.residualShare)]
	];
	const tables: Block[] = [];
	for (let i = 0; i < inputs.scenarios.length; i += COMPARED_PER_TABLE) {
		const group = inputs.scenarios.slice(i, i + COMPARED_PER_TABLE);
		const headers = group.map((s): [string, 'r'] => [
			[s.name, s.id === chosenId ? r.presented : null, s.isSelected ? r.followed : null]
				.filter((p) => p !== null)
				.join(' '),
			'r'
		]);
		tables.push(
			toTableBlock(
				t.compareCaption,
				[[r.figure, 'l'], ...headers],
				figures.map(([label, value]) => [label, ...group.map(value)])
			)
		);
	}
	return tables;
}

/** The comparison section; says so when the organisation has no scenario yet. */
export function buildCompareSection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.compare;
	const t = m.scenarios;
	const base = { id: 'comparaison', title: r.title };
	if (inputs.scenarios.length === 0) return { ...base, blocks: [{ kind: 'paragraph', text: r.none }] };
	return {
		...base,
		blocks: [
			{ kind: 'paragraph', text: format(r.intro, { count: inputs.scenarios.length }) },
			...buildCompareTables(inputs, m),
			toChartBlock(
				t.compareChartTitle,
				buildCompareChart(inputs.scenarios, {
					title: t.compareChartTitle,
					yearTemplate: t.yearTemplate,
					yearHeader: t.yearHeader,
					summaryTemplate: t.compareChartSummary,
					emptySummaryTemplate: m.chart.emptySummary
				})
			)
		]
	};
}

/**
 * The presented scenario: its figures, lines, cash flows, cumulative savings with the P10–P90 band and
 * tornado, with the chart builders and words of the scenario pages.
 */
import { buildCashFlowChart } from '../../charts/savings-cash-flow';
import { buildCumulativeChart } from '../../charts/savings-cumulative';
import { buildTornadoChart } from '../../charts/savings-tornado';
import { shortenLabel } from '../../charts/spend-bars';
import { formatCount, formatEuros, formatEurosRounded, formatPercent } from '../../domain/money';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { formatPayback, formatRate, formatWaves } from '../../scenarios/display';
import { toChartBlock, toTableBlock } from './report-blocks';
import type { ChosenScenario, ReportInputs } from './report-inputs';
import type { Block, KeyFigure, ReportSection } from './report-types';

function buildFigures(chosen: ChosenScenario, m: Messages): KeyFigure[] {
	const f = m.scenarios.figures;
	const { scenario } = chosen.stored;
	const p = chosen.figures.projection;
	const mc = chosen.figures.monteCarlo;
	return [
		{
			label: f.npv,
			value: formatEurosRounded(p.npvCents),
			sentence: format(f.npvHelp, { rate: formatRate(scenario.discountRate), years: scenario.horizonYears })
		},
		{
			label: format(f.cumulative, { years: scenario.horizonYears }),
			value: formatEurosRounded(p.cumulativeSavingsCents),
			sentence: f.cumulativeHelp
		},
		{
			label: f.payback,
			value: formatPayback(p.paybackYear, chosen.firstCalendarYear, m.scenarios),
			sentence: f.paybackHelp
		},
		{
			label: f.range,
			value: format(f.rangeValue, {
				p10: formatEurosRounded(mc.cumulativeSavings.p10),
				p90: formatEurosRounded(mc.cumulativeSavings.p90)
			}),
			sentence: f.rangeHelp
		},
		{
			label: f.probability,
			value: formatPercent(mc.probabilityOfSaving),
			sentence: format(f.probabilityHelp, { draws: formatCount(mc.draws), seed: mc.seed })
		},
		{
			label: f.perAgent,
			value: p.savingsPerAgentCents === null ? f.perAgentNone : formatEurosRounded(p.savingsPerAgentCents),
			sentence: format(f.perAgentHelp, { agents: formatCount(p.agentCount) })
		}
	];
}

function buildLinesTable(chosen: ChosenScenario, m: Messages): Block {
	const r = m.reports.scenario;
	const projected = new Map(chosen.figures.projection.lines.map((l) => [l.id, l]));
	// Line labels name the alternative already ("Zoom Workplace → Jitsi Meet"), as on the scenario page.
	const rows = chosen.stored.scenario.lines.map((line) => [
		line.label,
		formatCount(line.seats),
		formatEuros(line.unitPriceCentsPerYear),
		formatEuros(projected.get(line.id)?.savingsCents ?? 0)
	]);
	return toTableBlock(
		r.linesCaption,
		[
			[r.line, 'l'],
			[r.seats, 'r'],
			[r.unitPrice, 'r'],
			[format(r.lineSavings, { years: chosen.stored.scenario.horizonYears }), 'r']
		],
		rows
	);
}

function buildScenarioBlocks(inputs: ReportInputs, chosen: ChosenScenario, m: Messages): Block[] {
	const r = m.reports.scenario;
	const t = m.scenarios;
	const f = t.figures;
	const { scenario, name, isSelected } = chosen.stored;
	const followed = inputs.scenarios.find((s) => s.isSelected);
	const years = { yearTemplate: t.yearTemplate, yearHeader: t.yearHeader };
	const { projection, band, monteCarlo, tornado } = chosen.figures;
	const tornadoChart = buildTornadoChart(tornado, {
		...f.tornado,
		units: f.units,
		labelOf: (key) => t.assumptions.labels[key]
	});
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text:
				format(r.intro, {
					name,
					years: scenario.horizonYears,
					lines: scenario.lines.length,
					waves: formatWaves(scenario.waves)
				}) +
				' ' +
				(isSelected || !followed ? r.followed : format(r.notFollowed, { followed: followed.name })) +
				(chosen.firstCalendarYear === null
					? ''
					: ' ' + format(f.firstYearNote, { year: chosen.firstCalendarYear }))
		},
		{ kind: 'keyFigures', figures: buildFigures(chosen, m) }
	];
	if (projection.cumulativeSavingsCents < 0)
		blocks.push({ kind: 'callout', tone: 'warning', text: f.negativeNote });
	blocks.push(
		buildLinesTable(chosen, m),
		toChartBlock(
			f.cashFlow.title,
			buildCashFlowChart(projection, { ...f.cashFlow, ...years }, chosen.firstCalendarYear)
		),
		toChartBlock(
			f.cumulativeChart.title,
			buildCumulativeChart(
				projection,
				band,
				monteCarlo,
				{ ...f.cumulativeChart, ...years },
				chosen.firstCalendarYear
			)
		),
		{ kind: 'paragraph', text: f.tornado.intro },
		toChartBlock(f.tornado.title, fitTornadoLabels(tornadoChart))
	);
	return blocks;
}

/** Longest tornado label that fits the PDF's 560 px chart: Chart.js clips longer category labels there. */
const PDF_TORNADO_LABEL = 40;

/** The screen's tornado with shorter axis labels (the table and the summary keep the full ones). */
function fitTornadoLabels(chart: ReturnType<typeof buildTornadoChart>): ReturnType<typeof buildTornadoChart> {
	const labels = (chart.config.data.labels ?? []).map((label) =>
		shortenLabel(String(label), PDF_TORNADO_LABEL)
	);
	return { ...chart, config: { ...chart.config, data: { ...chart.config.data, labels } } };
}

/** The presented scenario's section; says so when the organisation has no scenario yet. */
export function buildScenarioSection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.scenario;
	const chosen = inputs.chosen;
	if (!chosen) return { id: 'scenario', title: r.titleNone, blocks: [{ kind: 'paragraph', text: r.none }] };
	return {
		id: 'scenario',
		title: format(r.title, { name: chosen.stored.name }),
		blocks: buildScenarioBlocks(inputs, chosen, m)
	};
}

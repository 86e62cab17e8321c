/**
 * Sovereignty indicators with their reading, definition and coverage, the composite score's breakdown and
 * the trend of the main indicators over the stored snapshots, with the Souveraineté page's chart builders.
 */
import { buildCompositeBreakdown } from '../../charts/sovereignty-composite';
import type { IndicatorSeries } from '../../charts/sovereignty-lines';
import { buildSovereigntyTrend } from '../../charts/sovereignty-trend';
import { LOW_COVERAGE_THRESHOLD } from '../../domain/sovereignty';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { formatCoverage, formatIndicatorValue, toChartBlock, toTableBlock } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import type { Block, ReportSection } from './report-types';

/** The series of the Souveraineté page's trend chart, in the same order. */
function listTrendSeries(m: Messages['sovereignty']): IndicatorSeries[] {
	return [
		{ id: 'composite-score', label: m.series.composite, kind: 'score' },
		{ id: 'open-source-seats-share', label: m.series.openSource, kind: 'ratio' },
		{ id: 'non-eu-spend-share', label: m.series.nonEuSpend, kind: 'ratio' },
		{ id: 'open-formats-seats-share', label: m.series.openFormats, kind: 'ratio' }
	];
}

/** "39 % des postes (insuffisante)": coverage, its basis and whether it is enough to conclude. */
export function describeCoverage(
	coverage: number,
	basis: 'spend' | 'seats',
	m: Messages
): { text: string; low: boolean } {
	const s = m.sovereignty;
	const low = coverage < LOW_COVERAGE_THRESHOLD;
	const text = format(s.coverageText, {
		share: formatCoverage(coverage),
		basis: basis === 'seats' ? s.coverageSeats : s.coverageSpend
	});
	return { text: low ? format(m.reports.sovereignty.lowCoverageCell, { coverage: text }) : text, low };
}

function buildIndicatorTable(inputs: ReportInputs, m: Messages): Block {
	const r = m.reports.sovereignty;
	const s = m.sovereignty;
	const rows = inputs.sovereignty.report.indicators.map((i) => [
		i.name,
		formatIndicatorValue(i.value, i.unit, s.unknown),
		describeCoverage(i.coverage, i.coverageBasis, m).text,
		i.reading
	]);
	return toTableBlock(
		r.indicatorsCaption,
		[
			[r.indicator, 'l'],
			[s.value, 'r'],
			[s.coverage, 'l'],
			[r.reading, 'l']
		],
		rows
	);
}

/** Each indicator's definition and formula, for the methodology section. */
export function buildIndicatorDefinitions(inputs: ReportInputs, m: Messages): Block[] {
	const r = m.reports.sovereignty;
	const { indicators } = inputs.sovereignty.report;
	if (indicators.length === 0) return [];
	return [
		{ kind: 'paragraph', text: r.definitionsIntro },
		{
			kind: 'definitionList',
			items: indicators.map((i) => ({
				term: i.name,
				definition: format(r.definition, { definition: i.definition, formula: i.formula })
			}))
		}
	];
}

/** The sovereignty section; says so when the inventory is empty. */
export function buildSovereigntySection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.sovereignty;
	const s = m.sovereignty;
	const { report, year } = inputs.sovereignty;
	const base = { id: 'souverainete', title: r.title };
	if (inputs.sovereignty.lines.length === 0)
		return { ...base, blocks: [{ kind: 'paragraph', text: s.noData }] };
	const c = s.composite;
	const composite = buildCompositeBreakdown(report.composite.components, {
		title: c.chartTitle,
		componentHeader: c.component,
		valueHeader: c.value,
		weightHeader: c.weight,
		pointsHeader: c.points,
		maxPointsHeader: c.maxPoints,
		coverageHeader: c.coverage,
		obtainedLabel: c.obtained,
		lostLabel: c.lost,
		names: c.names,
		summaryTemplate: c.summary,
		emptySummaryTemplate: c.emptySummary
	});
	const trend = buildSovereigntyTrend(inputs.trend.snapshots, {
		title: s.trend.chartTitle,
		dateHeader: s.trend.date,
		axisTitle: s.trend.axis,
		series: listTrendSeries(s),
		summaryTemplate: s.trend.summary,
		singleSummaryTemplate: s.trend.single,
		emptySummaryTemplate: s.trend.empty
	});
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text: format(r.intro, {
				products: inputs.sovereignty.lines.length,
				year: year ?? s.noYear
			})
		},
		{ kind: 'paragraph', text: report.composite.reading }
	];
	if (report.composite.lowCoverage) {
		blocks.push({
			kind: 'callout',
			tone: 'warning',
			text: format(c.lowCoverage, { coverage: formatCoverage(report.composite.coverage) })
		});
	}
	blocks.push(
		{ kind: 'paragraph', text: c.intro },
		toChartBlock(c.chartTitle, composite),
		buildIndicatorTable(inputs, m),
		{ kind: 'callout', tone: 'info', text: report.disclaimer },
		{ kind: 'paragraph', text: `${s.trend.intro} ${s.trend.weightsNote}` },
		...(inputs.trend.stored ? [] : [{ kind: 'paragraph', text: s.trend.noSnapshot } satisfies Block]),
		toChartBlock(s.trend.chartTitle, trend)
	);
	return { ...base, blocks };
}

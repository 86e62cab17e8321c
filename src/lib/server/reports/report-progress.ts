/**
 * Migration progress, planned vs realised (getProgress, small groups suppressed as for elected officials):
 * the plan's waves, each family's status, the measured families' timelines and per-service tables, savings
 * realised vs projected, cancelled licences.
 */
import { buildGroupedBars } from '../../charts/grouped-bars';
import { formatEuros, formatEurosRounded, formatPercent } from '../../domain/money';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import type { FamilyProgress, ProgressReport } from '../services/progress';
import { DASH, formatMaybeCount, formatShortDate, toChartBlock, toTableBlock } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import { buildFamilyBlocks, labelOf } from './report-progress-family';
import type { Block, ReportSection } from './report-types';

type Plan = NonNullable<ProgressReport['plan']>;

/** One column per plan year, as on the Progression page: the waves, then the seats planned per family. */
function buildPlanTable(plan: Plan, families: FamilyProgress[], m: Messages): Block {
	const p = m.progress;
	const rows = [
		[p.planWave, ...plan.waves.map((w) => formatPercent(w.wave))],
		[p.planCumulative, ...plan.waves.map((w) => formatPercent(w.cumulativeShare))],
		...families
			.filter((f) => f.plan)
			.map((f) => [
				format(p.familySeats, { family: labelOf(f.family, m) }),
				...plan.waves.map((_, i) => formatMaybeCount(f.plan?.years[i]?.plannedSeats))
			])
	];
	return toTableBlock(
		p.planCaption,
		[[p.planYear, 'l'], ...plan.waves.map((w): [string, 'r'] => [String(w.year), 'r'])],
		rows
	);
}

function buildStatusTable(families: FamilyProgress[], m: Messages): Block {
	const p = m.progress;
	const r = m.reports.progress;
	const rows = families.map((f) => [
		labelOf(f.family, m),
		p.status[f.status],
		f.latest ? formatShortDate(f.latest.date) : DASH,
		formatMaybeCount(f.latest?.planned),
		f.measurable && f.latest ? formatMaybeCount(f.latest.realised) : DASH,
		formatMaybeCount(f.plan?.seats)
	]);
	return toTableBlock(
		r.statusCaption,
		[
			[p.family, 'l'],
			[r.status, 'l'],
			[r.latestDate, 'l'],
			[r.planned, 'r'],
			[r.realised, 'r'],
			[p.planSeats, 'r']
		],
		rows
	);
}

function buildSavingsBlocks(progress: ProgressReport, m: Messages): Block[] {
	const p = m.progress;
	const savings = progress.savings;
	if (!savings) return [];
	const blocks: Block[] = [{ kind: 'paragraph', text: p.savingsIntro }];
	if (savings.asOfYear !== null) {
		blocks.push({
			kind: 'paragraph',
			text: format(p.savingsToDate, {
				year: savings.asOfYear,
				realised: formatEurosRounded(savings.realisedToDateCents),
				planned: formatEurosRounded(savings.projectedToDateCents)
			})
		});
	}
	const chart = buildGroupedBars(
		savings.years.map((y) => String(y.year)),
		[
			{ label: p.projected, values: savings.years.map((y) => y.projectedCents) },
			{ label: p.realisedSavings, values: savings.years.map((y) => y.realisedCents) }
		],
		{
			title: p.savingsChart,
			categoryHeader: p.yearHeader,
			unit: 'cents',
			summaryTemplate: p.savingsSummary,
			emptySummaryTemplate: p.emptySummary
		}
	);
	blocks.push(toChartBlock(p.savingsChart, chart));
	if (progress.cancelled.length > 0) {
		blocks.push(
			toTableBlock(
				p.cancelledTitle,
				[
					[p.product, 'l'],
					[p.baselineSeats, 'r'],
					[p.latestSeats, 'r'],
					[p.cancelledSeats, 'r'],
					[p.annualSaving, 'r']
				],
				progress.cancelled.map((c) => [
					c.product,
					formatMaybeCount(c.baselineSeats),
					formatMaybeCount(c.latestSeats),
					formatMaybeCount(c.cancelledSeats),
					formatEuros(c.annualSavingCents)
				])
			)
		);
	}
	return blocks;
}

/** The progress section of the followed scenario's plan; says so when no scenario is followed. */
export function buildProgressSection(inputs: ReportInputs, m: Messages): ReportSection {
	const p = m.progress;
	const r = m.reports.progress;
	const progress = inputs.progress;
	const base = { id: 'progression', title: r.title };
	if (!progress.plan) return { ...base, blocks: [{ kind: 'paragraph', text: p.noPlan }] };
	const plan = progress.plan;
	return {
		...base,
		blocks: [
			{ kind: 'paragraph', text: format(r.intro, { name: plan.name }) },
			{ kind: 'paragraph', text: format(p.planText, { year: plan.startYear, horizon: plan.horizonYears }) },
			buildPlanTable(plan, progress.families, m),
			...(progress.families.length > 0 ? [buildStatusTable(progress.families, m)] : []),
			...progress.families.filter((f) => f.measurable).flatMap((f) => buildFamilyBlocks(f, progress.k, m)),
			...buildSavingsBlocks(progress, m)
		]
	};
}

/**
 * One measured software family in the progress section: what the reports show, the planned vs realised
 * timeline, and the per-service table with groups smaller than k withheld.
 */
import { buildTimelineLines } from '../../charts/timeline-lines';
import { formatDateLong } from '../../domain/dashboard/dates';
import { formatPercent } from '../../domain/money';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import type { FamilyProgress } from '../services/progress';
import { DASH, formatMaybeCount, toChartBlock, toTableBlock } from './report-blocks';
import type { Block } from './report-types';

/** The family's name in French ("Bureautique"), or its id when the catalogue has no name for it. */
export function labelOf(family: string, m: Messages): string {
	const labels: Record<string, string> = m.progress.families;
	return labels[family] ?? family;
}

/** Blocks of a family measured by two dated usage reports or more. */
export function buildFamilyBlocks(family: FamilyProgress, k: number, m: Messages): Block[] {
	const p = m.progress;
	const label = labelOf(family.family, m);
	const t = family.timeline;
	const title = format(p.timelineTitle, { family: label });
	const blocks: Block[] = [];
	if (family.latest) {
		blocks.push({
			kind: 'paragraph',
			text: format(p.familyLatest, {
				date: formatDateLong(family.latest.date),
				realised: formatMaybeCount(family.latest.realised),
				planned: formatMaybeCount(family.latest.planned ?? 0)
			})
		});
	}
	blocks.push(
		toChartBlock(
			title,
			buildTimelineLines(
				t.dates,
				[
					...(family.plan ? [{ label: p.planned, values: t.planned, dashed: true }] : []),
					{ label: p.realised, values: t.realised }
				],
				{
					title,
					dateHeader: p.date,
					unit: 'count',
					summaryTemplate: p.timelineSummary,
					emptySummaryTemplate: p.emptySummary
				}
			)
		)
	);
	if (family.services.length === 0) return blocks;
	const hidden = family.services.filter((s) => s.suppressed).length;
	const suppressed = format(p.suppressed, { k });
	blocks.push(
		{
			kind: 'paragraph',
			text:
				format(p.servicesIntro, { k }) +
				(hidden > 0 ? ' ' + format(m.reports.progress.suppressedNote, { count: hidden }) : '')
		},
		toTableBlock(
			format(p.servicesTitle, { family: label }),
			[
				[p.service, 'l'],
				[p.agents, 'r'],
				[p.firstActive, 'r'],
				[p.latestActive, 'r'],
				[p.realisedShare, 'r'],
				[p.plannedShare, 'r']
			],
			family.services.map((s) =>
				s.suppressed
					? [s.service || p.noService, suppressed, DASH, DASH, DASH, DASH]
					: [
							s.service || p.noService,
							formatMaybeCount(s.agents),
							formatMaybeCount(s.firstActive),
							formatMaybeCount(s.latestActive),
							s.realisedShare === null ? DASH : formatPercent(s.realisedShare),
							family.plannedShare === null ? DASH : formatPercent(family.plannedShare)
						]
			)
		)
	);
	return blocks;
}

/**
 * The one-page summary for elected officials: the dashboard's key figures (the same domain functions and
 * words as the dashboard) and the recommendation derived from the figures.
 */
import { buildKeyFigureViews, type KeyFigureView } from '../../domain/dashboard/key-figure-views';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { capitalise } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import { buildRecommendation } from './report-recommendation';
import type { KeyFigure, ReportSection } from './report-types';

function describeView(view: KeyFigureView): string {
	// The trend is left out: the card must stay short enough for the summary to fit on one page.
	const parts = [view.detail ? `${capitalise(view.detail)}.` : null, view.help, view.warning];
	return parts.filter((p) => p !== null).join(' ');
}

/**
 * The dashboard's key figures, in its order. The scenarios' figures are in the recommendation and in their
 * own section: six cards and the recommendation fit on one page.
 */
export function buildSummaryFigures(inputs: ReportInputs, m: Messages): KeyFigure[] {
	return buildKeyFigureViews(inputs.dashboard, m.dashboard, false).map((view) => ({
		label: view.label,
		value: view.value,
		sentence: describeView(view)
	}));
}

/** The summary section: introduction, the six key figures, the recommendation. */
export function buildSummarySection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.summary;
	const chosen = inputs.chosen;
	const presented = chosen ? inputs.scenarios.findIndex((s) => s.id === chosen.stored.id) : -1;
	const top = chosen?.figures.tornado.bars[0];
	const recommendation = buildRecommendation(
		{
			scenarios: inputs.scenarios,
			presented: presented >= 0 ? presented : null,
			firstCalendarYear: chosen?.firstCalendarYear ?? null,
			unusedSeats: inputs.dashboard.unused.seats,
			unusedCostCents: inputs.dashboard.unused.costCents,
			coverage:
				inputs.sovereignty.report.composite.score === null
					? null
					: inputs.sovereignty.report.composite.coverage,
			topAssumption: top ? m.scenarios.assumptions.labels[top.key] : null
		},
		r.recommendation
	);
	return {
		id: 'synthese',
		title: r.title,
		blocks: [
			{
				kind: 'paragraph',
				text: format(r.intro, { org: inputs.org.name, files: inputs.imports.length })
			},
			{ kind: 'keyFigures', figures: buildSummaryFigures(inputs, m) },
			{ kind: 'paragraph', text: r.recommendationIntro },
			{ kind: 'bulletList', items: recommendation }
		]
	};
}

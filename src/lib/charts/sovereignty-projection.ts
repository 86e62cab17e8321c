/**
 * The projected trajectory under the selected scenario: the indicators now and after each migration wave,
 * with the table alternative and a summary sentence.
 */
import type { ChartConfiguration } from 'chart.js';
import { format } from '../i18n/format';
import {
	buildIndicatorLines,
	findSeriesEnds,
	formatSeriesValue,
	type IndicatorSeries,
	type LabelledPoint
} from './sovereignty-lines';
import type { DataTable } from './types';

export interface ProjectionOptions {
	title: string;
	stepHeader: string;
	axisTitle: string;
	/** The first series is the headline of the summary. */
	series: IndicatorSeries[];
	/** '{title}', '{label}', '{from}', '{to}', '{steps}' (number of waves), '{last}' (last step) are filled in. */
	summaryTemplate: string;
	emptySummaryTemplate: string;
}

/** Points are the steps in order: the current situation, then after wave 1, 2… */
export function buildSovereigntyProjection(
	points: LabelledPoint[],
	options: ProjectionOptions
): { config: ChartConfiguration<'line'>; table: DataTable; summary: string } {
	const { config, table } = buildIndicatorLines(points, options.series, {
		title: options.title,
		pointHeader: options.stepHeader,
		axisTitle: options.axisTitle
	});
	const headline = options.series[0];
	const ends = headline ? findSeriesEnds(points, headline.id) : null;
	const summary =
		!headline || !ends || points.length < 2
			? format(options.emptySummaryTemplate, { title: options.title })
			: format(options.summaryTemplate, {
					title: options.title,
					label: headline.label,
					from: formatSeriesValue(ends.first, headline.kind),
					to: formatSeriesValue(ends.last, headline.kind),
					steps: points.length - 1,
					last: ends.lastLabel
				});
	return { config, table, summary };
}

/** The indicators the trend and projection charts follow, with their labels from the message catalogue. */
import type { IndicatorSeries } from '$lib/charts/sovereignty-lines';
import type { Messages } from '$lib/i18n';

export function listChartSeries(m: Messages['sovereignty']): IndicatorSeries[] {
	return [
		{ id: 'composite-score', label: m.series.composite, kind: 'score' },
		{ id: 'open-source-seats-share', label: m.series.openSource, kind: 'ratio' },
		{ id: 'non-eu-spend-share', label: m.series.nonEuSpend, kind: 'ratio' },
		{ id: 'open-formats-seats-share', label: m.series.openFormats, kind: 'ratio' }
	];
}

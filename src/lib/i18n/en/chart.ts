import type { Messages } from '../fr';

export const chart: Messages['chart'] = {
	showTable: 'Show the data table',
	hideTable: 'Hide the data table',
	summary: 'Chart summary',
	total: 'Total',
	others: 'Others',
	barsSummary: '{title}: {count} items; the largest, {label}, accounts for {amount} ({share}).',
	emptySummary: '{title}: no data.'
};

import type { Messages } from './fr';

export const en: Messages = {
	app: {
		name: 'Cap Libre',
		tagline: 'Software, savings and digital sovereignty',
		skipToContent: 'Skip to content',
		mainNav: 'Main navigation',
		organisation: 'Organisation',
		switchOrganisation: 'Switch organisation',
		demoBanner: 'Demo data: a fictitious commune.',
		footer: 'Cap Libre — free software (AGPL-3.0). No data leaves this server.'
	},
	nav: {
		dashboard: 'Dashboard',
		imports: 'Imports',
		licences: 'Software and licences',
		scenarios: 'Scenarios',
		sovereignty: 'Sovereignty',
		reports: 'Reports',
		settings: 'Settings'
	},
	dashboard: {
		title: 'Dashboard',
		intro: 'Software spend of the organisation, from the imported files.',
		annualSpend: 'Annual software spend',
		annualSpendHelp: 'Sum of the year’s licence and invoice lines, including VAT.',
		proprietaryShare: 'Proprietary licences share',
		spendByVendor: 'Spend by vendor',
		spendByProduct: 'Spend by product',
		vendor: 'Vendor',
		product: 'Product',
		amount: 'Amount incl. VAT',
		share: 'Share',
		year: 'Year',
		noData: 'No spend imported yet. Import your invoices or contracts from the Imports page.',
		unknownVendor: 'Unknown vendor',
		unclassified: 'Unclassified',
		linesCount: 'lines',
		sourceNote: 'Source: {files} imported file(s), {lines} spend line(s).'
	},
	chart: {
		showTable: 'Show the data table',
		hideTable: 'Hide the data table',
		summary: 'Chart summary',
		total: 'Total',
		others: 'Others',
		barsSummary: '{title}: {count} items; the largest, {label}, accounts for {amount} ({share}).',
		emptySummary: '{title}: no data.'
	},
	common: {
		comingSoon: 'This page will be available in a later version.',
		notFound: 'Page not found',
		error: 'An error occurred',
		backHome: 'Back to the dashboard'
	}
};

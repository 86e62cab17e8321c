import type { Messages } from '../fr';

export const dashboard: Messages['dashboard'] = {
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
};

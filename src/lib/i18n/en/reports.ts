import type { Messages } from '../fr';
import { reportAppendix } from './reports-appendix';
import { reportSections } from './reports-sections';

export const reports: Messages['reports'] = {
	title: 'Reports',
	page: {
		intro:
			'The council report gathers in one printable, archivable document the software spend, the savings scenarios, the sovereignty indicators and the progress of the plan. It is computed from the imported files: its figures are those of the other pages.',
		scenarioLabel: 'Scenario presented in detail',
		followedSuffix: '(followed)',
		show: 'Update the preview',
		download: 'Download the PDF',
		downloadHelp:
			'A4 PDF, selectable text, tagged for screen readers, embedded fonts, PDF/A-2b markers for archiving.',
		previewTitle: 'Report preview',
		previewNote:
			'On-screen preview of the same content as the PDF; in the PDF, the data of each chart is repeated in an appendix.',
		noOrg: 'No organisation: the report will appear after the first import.',
		contents: 'Contents',
		period: 'Period: {period}',
		generatedOn: 'Generated on {date}',
		preparedBy: 'Prepared by: {role}',
		info: 'Note:',
		warning: 'Warning:',
		figure: 'Figure {n}'
	},
	csv: {
		excel: 'CSV for Excel',
		plain: 'UTF-8 CSV',
		excelLabel: 'Download “{caption}” as CSV for Excel (semicolon, decimal comma)',
		plainLabel: 'Download “{caption}” as UTF-8 CSV (comma, decimal point)',
		group: 'Download this table',
		defaultName: 'table'
	},
	meta: {
		title: 'Report to the municipal council — software, savings and digital sovereignty',
		shortTitle: 'Report to the municipal council',
		subtitle: 'Software spend, scenarios for switching to free software and digital independence',
		subject: 'Report to the municipal council',
		keywords: ['software', 'free software', 'savings', 'digital sovereignty', 'Cap Libre'],
		roles: {
			admin: 'Cap Libre administration',
			finance: 'Finance department',
			elected: 'Elected official',
			cli: 'Cap Libre administration (command line)'
		},
		periodSpend: '{year} spend ({basis})',
		basisInvoice: 'invoices',
		basisAccounting: 'payment orders',
		periodUsage: 'usage reports from {from} to {to}',
		periodUsageOne: 'usage report of {date}',
		periodNone: 'no data imported'
	},
	summary: {
		title: 'Summary for elected officials',
		intro:
			'The software of {org}: what it costs, what switching to free software would change and whom the organisation depends on. Figures computed from the {files} imported file(s); assumptions are flagged as such (“Methodology and assumptions” section).',
		recommendationIntro: 'What the figures say:',
		recommendation: {
			noScenario:
				'No migration scenario could be costed yet: first import the invoices or licence lists of the proprietary software.',
			profitableOne:
				'Of the {total} costed scenarios, only “{name}” pays off: {cumulative} of cumulative savings over {years} years (net present value: {npv}), investment paid back {payback}; in 8 draws out of 10, cumulative savings lie between {p10} and {p90}.',
			profitableMany:
				'Of the {total} costed scenarios, {count} pay off; the most profitable is “{name}”: {cumulative} of cumulative savings over {years} years (net present value: {npv}), investment paid back {payback}; in 8 draws out of 10, cumulative savings lie between {p10} and {p90}.',
			noneProfitable:
				'None of the {total} costed scenarios pays off over its horizon with the assumptions used; the least unfavourable, “{name}”, has a net present value of {npv}. On this basis, a full migration is not justified by savings: it may be decided for sovereignty, or after the assumptions are checked.',
			paybackIn: 'in {year} (year {n} of the plan)',
			paybackInPlanYear: 'in year {n} of the plan',
			presented:
				'The scenario detailed in this report, “{name}”, has a net present value of {npv}; its investment is paid back {payback}.',
			presentedNever: 'beyond its horizon (no payback)',
			checkAssumption:
				'The assumption that weighs most on this result is “{label}”: it is the one to check first.',
			unusedSeats:
				'Without waiting for a migration, {seats} paid licences are not used: cancelling or reassigning them would save {cost} a year.',
			lowCoverage:
				'The sovereignty indicators rest on only {coverage} of the estate: complete the software information (vendor, country, hosting, licence) before drawing conclusions.'
		}
	},
	...reportSections,
	...reportAppendix
};

import type { Messages } from '../fr';
import { scenarioAssumptions } from './scenarios-assumptions';
import { scenarioCatalogue } from './scenarios-catalogue';
import { scenarioFigures } from './scenarios-figures';
import { scenarioForm } from './scenarios-form';
import { scenarioMethodology } from './scenarios-methodology';
import { scenarioShelfware } from './scenarios-shelfware';

export const scenarios: Messages['scenarios'] = {
	title: 'Scenarios',
	intro:
		'What would switching your proprietary software to open source cost, and save? Each scenario starts from your imported files and from assumptions stated in plain words, with their source.',
	methodologyLink: 'How the figures are computed, formula by formula',
	catalogueLink: 'Catalogue of open-source equivalents',
	listTitle: 'Your scenarios',
	selectedBadge: 'Followed scenario',
	selectedHelp: 'This scenario feeds the dashboard, the progress page and the council report.',
	templates: { prudent: 'Prudent', central: 'Central', ambitious: 'Ambitious' },
	templateLabel: 'Template',
	noTemplate: 'Custom',
	open: 'See details',
	select: 'Follow this scenario',
	duplicate: 'Duplicate',
	delete: 'Delete',
	deleteConfirm: 'Delete the scenario “{name}” for good?',
	createTitle: 'New scenario',
	createIntro: 'A new scenario takes your imported data and the assumptions of the chosen template.',
	createName: 'Name (optional)',
	create: 'Create the scenario',
	copyOf: 'Copy of {name}',
	noData:
		'No proprietary software with a cost yet: import your invoices or licence exports from the Imports page, then come back.',
	noScenario: 'No scenario. Create one from a template below.',
	notFound: 'Scenario not found.',
	back: 'All scenarios',
	updatedOn: 'Edited on {date}',
	createdOn: 'Created on {date}',
	lineCount: '{n} product(s) in scope',
	compareTitle: 'Side by side',
	compareCaption: 'Main figures of each scenario',
	compareChartTitle: 'Cumulative savings per scenario',
	compareChartSummary: '{title}: at the end of the horizon, from {min} ({minName}) to {max} ({maxName}).',
	compareRows: {
		npv: 'Net present value',
		cumulative: 'Cumulative savings',
		payback: 'Payback',
		range: 'P10 – P90 range of savings',
		probability: 'Probability of saving',
		perAgent: 'Savings per agent',
		horizon: 'Horizon',
		discountRate: 'Discount rate',
		waves: 'Rollout waves',
		residualShare: 'Seats staying proprietary'
	},
	years: '{n} years',
	yearTemplate: 'Year {year}',
	yearHeader: 'Year',
	paybackYear: 'Year {year}',
	paybackNever: 'Not within the horizon',
	figures: scenarioFigures,
	assumptions: scenarioAssumptions,
	form: scenarioForm,
	shelfware: scenarioShelfware,
	methodology: scenarioMethodology,
	catalogue: scenarioCatalogue
};

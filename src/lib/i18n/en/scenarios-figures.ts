import type { Messages } from '../fr';

export const scenarioFigures: Messages['scenarios']['figures'] = {
	heading: 'The scenario’s figures',
	npv: 'Net present value (NPV)',
	npvHelp: 'Each year’s savings brought back to today at {rate}, over {years} years.',
	cumulative: 'Cumulative savings over {years} years',
	cumulativeHelp: 'Cost without change minus cost of the scenario, all years added up.',
	payback: 'Payback',
	paybackHelp: 'First year from which cumulative savings stay positive.',
	perAgent: 'Savings per agent',
	perAgentHelp: 'Cumulative savings divided by {agents} agents.',
	perAgentNone: 'Not computable (no agents)',
	probability: 'Probability of saving',
	probabilityHelp:
		'Share of the {draws} random draws of the assumptions in which the scenario saves money (seed {seed}).',
	range: 'Range of savings (P10 – P90)',
	rangeHelp: '8 draws out of 10 give cumulative savings between these two values.',
	rangeValue: '{p10} to {p90}',
	negativeNote:
		'With these assumptions the scenario costs more than it saves over the horizon: the sensitivity chart shows which assumptions weigh most.',
	cashFlow: {
		title: 'Costs and savings per year',
		baselineLabel: 'Without change',
		scenarioLabel: 'With the scenario',
		savingsLabel: 'Savings of the year',
		cumulativeLabel: 'Cumulative savings',
		discountedLabel: 'Discounted savings',
		summaryTemplate:
			'{title}: over {years} years, keeping the current software would cost {baseline} and the scenario {scenario}, i.e. {savings} of cumulative savings; in the first year the saving is {first}.',
		emptySummaryTemplate: '{title}: no year to show.'
	},
	cumulativeChart: {
		title: 'Cumulative savings and their uncertainty',
		centralLabel: 'Cumulative savings (chosen assumptions)',
		p10Label: 'P10 (prudent)',
		p50Label: 'P50 (median)',
		p90Label: 'P90 (favourable)',
		summaryTemplate:
			'Cumulative savings: {central} after {years} years with the chosen assumptions. Over {draws} draws of the assumptions, 8 out of 10 give between {p10} and {p90}; the scenario saves money in {probability} of the draws.',
		emptySummaryTemplate: '{title}: no year to show.'
	},
	tornado: {
		title: 'Sensitivity of the NPV to each assumption',
		intro:
			'Each bar shows the NPV when one assumption alone goes from the low to the high end of its range, the others staying at their chosen value. The longest ones are to be checked first.',
		assumptionHeader: 'Assumption',
		rangeHeader: 'Range',
		lowLabel: 'NPV at the low end',
		highLabel: 'NPV at the high end',
		swingHeader: 'Swing',
		summaryTemplate:
			'The assumption that weighs most is “{label}”: across its range the NPV goes from {low} to {high} (a swing of {swing}, for an NPV of {base} with the chosen assumptions).',
		emptySummaryTemplate: '{title}: no assumption has a range, there is nothing to compare.'
	},
	units: { months: '{n} months', days: '{n} d' },
	firstYearNote: 'Year 1 is {year}, the year after your latest imported invoices.'
};

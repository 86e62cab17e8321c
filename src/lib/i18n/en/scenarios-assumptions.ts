import type { Messages } from '../fr';

export const scenarioAssumptions: Messages['scenarios']['assumptions'] = {
	heading: 'The assumptions, and where they come from',
	intro:
		'Each figure comes from your imported files, from a published source (with its date), or from an assumption marked as such, to be replaced by your own figures.',
	generalCaption: 'Scenario settings',
	rangeCaption: 'Uncertain assumptions (low, chosen, high value)',
	lineSourcesHeading: 'Where each figure comes from, product by product',
	linesCaption: 'Products in scope and their costs per seat',
	columns: {
		parameter: 'Setting',
		value: 'Value',
		assumption: 'Assumption',
		low: 'Low',
		likely: 'Chosen',
		high: 'High',
		source: 'Source'
	},
	kind: {
		data: 'Your data',
		catalogue: 'Published source',
		assumption: 'Assumption',
		edited: 'Entered value',
		none: '—'
	},
	horizon: 'Horizon',
	horizonSource: 'Treasury Board of Canada FOSS cost comparison model (2007): 5 years.',
	discountRate: 'Discount rate (real)',
	discountSources: {
		'0.032': 'France Stratégie, “Révision du taux d’actualisation”, 21 October 2021: 1.2 % + 2 % × β, β = 1.',
		'0.045': 'Quinet report, 2013 (superseded in 2021): offered for comparison.',
		'0': 'No discounting: a euro in year 5 is worth a euro today.',
		other: 'Entered value.'
	},
	waves: 'Rollout waves',
	wavesValue: '{list}',
	wavesSource: 'Assumption: share of seats switched at the start of each year, a pilot in the first year.',
	agentCount: 'Number of agents',
	agentCountSource: 'Headcount declared by the organisation.',
	agentCountDefault: 'The largest seat count of a line (headcount not given).',
	labels: {
		residualShare: 'Share of seats staying on proprietary software',
		priceEscalationRate: 'Yearly rise of licence prices',
		oneOffCostFactor: 'One-off migration costs (factor)',
		recurringCostFactor: 'Support and hosting of the alternative (factor)',
		trainingDaysFactor: 'Training days per agent (factor)',
		trainingDayCostCents: 'Training cost per agent and day',
		agentDayCostCents: 'Loaded cost of an agent’s day',
		dualRunningMonths: 'Months of dual licences during the switch',
		productivityDipDaysPerAgent: 'Productivity lost per switched agent',
		hardwareSavingFactor: 'Avoided hardware renewal (factor)'
	},
	explanations: {
		residualShare:
			'Seats kept on proprietary software (macros, business applications). Published reference points: Toulouse 10 % (2014), Schleswig-Holstein about 20 % (2025), Munich 20 to 40 % (2017).',
		priceEscalationRate:
			'Rise of licence prices from one year to the next. Reference points: +13 to +17 % for large Microsoft customers on 1 November 2025, −7.4 % on cloud prices in euros on 1 February 2026.',
		oneOffCostFactor:
			'Multiplies each product’s one-off cost per seat (services, templates and macros, data migration). Reference point: Toulouse, €800k for about 9,000 seats (2014).',
		recurringCostFactor:
			'Multiplies the yearly support and hosting of the alternative. These prices are not published for the public sector: catalogue values marked as assumptions.',
		trainingDaysFactor:
			'Multiplies the catalogue’s training days per agent (assumption: 1 day for an office suite, half a day for an operating system or mail).',
		trainingDayCostCents:
			'Price of a trainer’s day per agent. Not published; local-government training is mostly funded by the CNFPT contribution (at most 0.9 % of payroll), hence a low value of €0.',
		agentDayCostCents:
			'Loaded cost of an agent’s working day, for time spent training or lost. Not published: replace it with your organisation’s average cost.',
		dualRunningMonths:
			'Months during which both the old licence and the new solution are paid (the Danish ministry kept its licences as a fallback in 2025).',
		productivityDipDaysPerAgent:
			'Working days lost per switched agent. A sensitivity parameter: the European Commission’s FLOSSImpact study (2006) found no delay, studies commissioned by Microsoft claim large ones.',
		hardwareSavingFactor:
			'Share of hardware renewal avoided when Linux extends the life of existing PCs. Reference point: Munich, €4.7M avoided from 2006 to 2012.'
	},
	lineColumns: {
		line: 'Product → alternative',
		seats: 'Seats',
		unitPrice: 'Price per seat per year',
		oneOff: 'One-off cost per switched seat',
		recurring: 'Support and hosting per seat per year',
		training: 'Training (days per agent)',
		hardware: 'Avoided hardware per seat per year',
		residual: 'Share kept'
	},
	residualDefault: 'scenario assumption',
	residualWhole: 'all (no alternative)',
	sources: {
		seats: {
			invoice: 'Invoices {year}',
			subscription: 'Current subscription',
			'licence-list': 'Export of assigned licences',
			site: 'One site (assumption)',
			unknown: 'Your data'
		},
		fromSpend: '{basis} {year}: {spend} incl. VAT ÷ {seats} seats',
		basis: { invoice: 'Invoices', accounting: 'Payment orders' },
		catalogueFigure: 'Catalogue: {source}, {date}',
		catalogueAssumption: 'Catalogue assumption',
		bundle: 'Sum of the equivalents: {parts}',
		edited: 'Entered value (your data: {value})',
		editedCatalogue: 'Entered value (catalogue: {value})',
		editedNoData: 'Entered value',
		schedule: 'Price per year: {values}',
		scheduleShift: 'Schedule shifted by {shift} year(s) since the end of support, scaled to the price paid.',
		none: 'Not applicable',
		days: '{n} d'
	},
	skippedTitle: 'Spend not modelled',
	skippedIntro: 'This spend is in no scenario:',
	skippedReasons: {
		'no-catalogue-entry': 'no open-source equivalent known to the catalogue',
		'no-seats': 'no seat count in the imported files'
	},
	skippedItem: '{name} ({spend} incl. VAT): {reason}.',
	vatNote:
		'Licence prices come from your invoices (incl. VAT); the costs of the alternatives come from the catalogue (excl. VAT). If VAT is not recovered, raise the cost factors by 20 %.'
};

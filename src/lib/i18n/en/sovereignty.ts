import type { Messages } from '../fr';
import { sovereigntySections } from './sovereignty-sections';

export const sovereignty: Messages['sovereignty'] = {
	title: 'Digital sovereignty',
	intro:
		'What does the council depend on for its software? This page measures it from your imported files: ' +
		'every figure comes with its definition, formula, the data it uses and its coverage, that is the share of ' +
		'the inventory for which the information is known.',
	basis: 'Computed on {products} products: {year} spend ({basis}) and known seats.',
	basisInvoice: 'invoices',
	basisAccounting: 'payment orders',
	noYear: 'no spend imported',
	noData:
		'Nothing to analyse yet: import your invoices, licence exports or GLPI inventory from the Imports page.',
	toc: 'On this page',
	howToReadTitle: 'How to read these figures',
	howToRead: [
		'A share (“25 % of seats”) is computed only over the products for which the information is known.',
		'Coverage says over which share of seats or spend the information is known: below 80 %, the indicator is flagged “insufficient coverage” and may still move a lot.',
		'A product counts one “seat” per paid licence; failing that, per active user or per installation (GLPI inventory).',
		'To improve coverage, complete the products listed under “To complete”.'
	],
	keyFigures: {
		composite: 'Sovereignty score',
		compositeHelp: 'coverage {coverage}',
		insufficient: 'insufficient',
		seal: 'Estimated SEAL level',
		sealHelp: 'self-assessment, not a certification',
		sealUnknown: 'not assessable',
		nonEuSpend: 'Spend exposed outside the EU',
		nonEuSpendHelp: '{share} of known spend',
		openSource: 'Seats on free software',
		openSourceHelp: 'coverage {coverage}'
	},
	value: 'Value',
	unknown: 'unknown',
	coverage: 'Coverage',
	coverageText: '{share} {basis}',
	coverageSeats: 'of seats',
	coverageSpend: 'of spend',
	lowCoverage:
		'Insufficient coverage: the information is missing for {missing} {basis}. The value may still change once these products are completed.',
	howComputed: 'How is it computed?',
	definition: 'Definition',
	formula: 'Formula',
	inputs: 'Data used',
	indicatorsTitle: 'The indicators',
	indicatorsIntro: 'Each indicator can be read on its own; the main ones feed the sovereignty score above.',
	families: {
		licence: 'Free software',
		jurisdiction: 'Exposure to non-EU law',
		hosting: 'Where the data live',
		concentration: 'Dependence on one vendor',
		openness: 'Open formats and reversibility',
		mutualisation: 'Pooling with other public bodies',
		seal: 'Seats by SEAL level (self-assessment)',
		other: 'Other indicators'
	},
	familyIntros: {
		licence: 'Free software may be used, studied, changed and entrusted to any provider.',
		jurisdiction:
			'A vendor under a non-EU law with extraterritorial reach (e.g. the US CLOUD Act) may be compelled to hand over data.',
		hosting: 'The four shares add up to 100 % of the seats whose hosting is known.',
		concentration:
			'The more concentrated the spend, the more one vendor’s price or terms weigh on the budget.',
		openness: 'Switching tools requires getting the data out and finding another provider.',
		mutualisation:
			'A tool listed in the SILL (French State) or the Comptoir du Libre (ADULLACT) is already used by other public bodies.',
		seal: 'Share of seats by the estimated sovereignty level of their product (see the SEAL section).',
		other: ''
	},
	composite: {
		title: 'Sovereignty score (0 to 100)',
		intro:
			'A weighted mean of seven components, each oriented so that 100 is the most sovereign. The score is never shown alone: here are its parts, weights and coverage.',
		chartTitle: 'Breakdown of the sovereignty score',
		component: 'Component',
		value: 'Value (100 % = most sovereign)',
		weight: 'Weight',
		points: 'Points obtained',
		maxPoints: 'Points possible',
		coverage: 'Coverage',
		obtained: 'Points obtained',
		lost: 'Points not obtained',
		summary:
			'{title}: {score} out of 100. {best} brings the most points ({bestPoints}); {worst} loses the most ({worstLost}).',
		emptySummary: '{title}: score cannot be computed for lack of data.',
		lowCoverage:
			'Insufficient coverage ({coverage}): some products still lack the attributes needed, so the score may still change markedly. See the “To complete” section.',
		names: {
			'open-source': 'Free software (seats)',
			jurisdiction: 'Spend not exposed outside the EU',
			'data-location': 'Data outside non-EU clouds',
			'open-formats': 'Open formats (seats)',
			reversibility: 'Reversibility (spend)',
			'vendor-diversity': 'Vendor diversity',
			mutualisation: 'Seats on pooled tools'
		},
		formula:
			'Score = 100 × Σ (weight × value) ÷ Σ weight, over the components that have a value. Value = the indicator, or 1 − the indicator when it measures an exposure (1 − HHI ÷ 10,000 for concentration).',
		weightsTitle: 'Component weights',
		weightsIntro:
			'The default weights are Cap Libre’s editorial choice (no public framework sets them): the council may adapt them to its priorities. They are scaled to 100 %.',
		weightsDefault: 'Cap Libre’s default weights.',
		weightsCustom: 'Weights chosen by the council.',
		weightsReadOnly: 'Only finance officers and administrators may change the weights.',
		weightPoints: 'points',
		defaultWeight: 'default: {n}',
		save: 'Save the weights',
		reset: 'Back to the default weights',
		saved: 'Weights saved: the score and its breakdown are recomputed.',
		weightsCaption: 'Weight of each score component'
	},
	...sovereigntySections
};

import type { Messages } from '../fr';

type Sections = Pick<Messages['reports'], 'spend' | 'scenario' | 'compare' | 'sovereignty' | 'progress'>;

export const reportSections: Sections = {
	spend: {
		title: 'Spend and licences',
		noSpend: 'No spend imported: import the year’s invoices or payment orders to know the software spend.',
		intro:
			'In {year}, the organisation paid {total} for its software ({lines} lines of {basis}, all taxes included, credit notes deducted), of which {proprietary} to proprietary software vendors ({share} of spend).',
		seatsIntro:
			'Paid seats and used seats: {seats} paid seats are not used, i.e. {cost} a year ({products} product(s) measured by a usage report; {unknown} paid product(s) without a usage report, hence not counted).',
		productsCaption: '{year} spend and seats per product',
		product: 'Product',
		vendor: 'Vendor',
		spend: '{year} spend incl. tax',
		paid: 'Paid seats',
		used: 'Used seats',
		unused: 'Unused seats',
		unusedCost: 'Yearly cost of unused seats',
		productsNote:
			'Paid seats: invoiced quantity, else current subscription, else agents holding a licence. Used seats: holders active in the latest usage report. A dash marks information missing from the imported files.'
	},
	scenario: {
		title: 'Scenario presented: {name}',
		titleNone: 'Migration scenario',
		none: 'No scenario: first import the invoices or licence lists of the proprietary software.',
		intro:
			'The “{name}” scenario replaces {lines} proprietary product(s) with free equivalents over {years} years, in waves ({waves} of the seats to switch each year).',
		followed: 'It is the scenario the organisation follows.',
		notFollowed: 'The organisation currently follows the “{followed}” scenario.',
		linesCaption: 'Software in the scenario',
		line: 'Product → alternative',
		seats: 'Seats',
		unitPrice: 'Price per seat per year',
		lineSavings: 'Savings over {years} years'
	},
	compare: {
		title: 'Scenarios compared',
		none: 'No scenario to compare.',
		intro:
			'The organisation’s {count} scenarios, computed with the same model and the same data; only the assumptions and the pace of the switch differ.',
		figure: 'Figure',
		presented: '(presented)',
		followed: '(followed)'
	},
	sovereignty: {
		title: 'Digital sovereignty',
		intro:
			'Whom does the organisation depend on for its software? The indicators below are computed on {products} products ({year} spend). Each comes with its coverage: the share of seats or spend for which the information is known; below 80 %, it may still change markedly.',
		indicatorsCaption: 'Sovereignty indicators',
		indicator: 'Indicator',
		reading: 'What it means',
		definitionsIntro: 'Definition and formula of each indicator:',
		definition: '{definition} Formula: {formula}',
		lowCoverageCell: '{coverage} (insufficient)'
	},
	progress: {
		title: 'Migration progress: planned and observed',
		intro:
			'The plan of the followed scenario, “{name}”, compared with what the imported files show (dated usage reports and invoices). Nothing is entered by hand.',
		statusCaption: 'State of the switch per software family',
		status: 'State',
		latestDate: 'Latest report',
		planned: 'Seats planned at that date',
		realised: 'Switched seats observed',
		suppressedNote: '{count} service(s) hidden (small groups).'
	}
};

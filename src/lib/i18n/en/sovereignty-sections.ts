import type { Messages } from '../fr';

type Sections = Pick<
	Messages['sovereignty'],
	'seal' | 'trend' | 'projection' | 'tnl' | 'toComplete' | 'weightsError' | 'series' | 'levels'
>;

export const sovereigntySections: Sections = {
	seal: {
		title: 'SEAL sovereignty level (self-assessment, not a certification)',
		intro:
			'Inspired by the EU Cloud Sovereignty Framework (European Commission, v1.2.1, October 2025): eight objectives SOV-1 to SOV-8, scored 0 to 4, and five levels SEAL-0 to SEAL-4. Cap Libre answers simplified questions from your products’ attributes.',
		rule: 'The overall level is capped by the weakest objective: one strong dependency is enough to limit the sovereignty of the whole.',
		overall: 'Estimated overall level',
		weightedScore: 'Weighted score',
		weakest: 'Weakest objective',
		notAssessable: 'not assessable',
		objectivesCaption: 'Objectives of the EU framework: score, level and coverage',
		objective: 'Objective',
		weight: 'Weight',
		score: 'Score',
		level: 'Level',
		coverage: 'Coverage (seats)',
		proxy: 'Question Cap Libre asks',
		productsTitle: 'Estimated level of each product',
		productsCaption: 'Estimated SEAL level per product (self-assessment)',
		product: 'Product',
		seats: 'Seats',
		fewerThan: 'fewer than {k}',
		insufficient: 'insufficient',
		levelRange: 'between {min} and {max}',
		levelRangeHelp: 'A level “between … and …” depends on attributes still unknown.'
	},
	trend: {
		title: 'Over time',
		intro:
			'A snapshot of every indicator is stored after each import, scenario or product change. Each point is dated by the data it describes (latest usage report, invoice or payment order); for one date, the latest snapshot is kept.',
		weightsNote: 'Each point’s score uses the weights in force when the snapshot was taken.',
		noSnapshot:
			'No snapshot stored yet: the chart shows the current situation; later snapshots will be added.',
		chartTitle: 'Main indicators over time',
		date: 'Data date',
		axis: '% or points out of 100',
		summary: '{title}: {count} snapshots, from {first} to {last}. {label}: from {from} to {to}.',
		single: '{title}: one snapshot, on {date}. {label}: {value}.',
		empty: '{title}: no snapshot.'
	},
	projection: {
		title: 'Projected trajectory under the followed scenario',
		intro:
			'What the indicators would become if scenario “{name}” happened, wave after wave: each wave switches the planned share of migratable seats to the free alternative.',
		noScenario:
			'No scenario followed: create or choose a scenario to see the projected trajectory of the indicators.',
		scenarioLink: 'See the scenarios',
		chartTitle: 'Projected trajectory of the main indicators',
		step: 'Step',
		now: 'Today',
		afterWave: 'After wave {n}',
		afterWaveLong: 'After wave {n} ({share} of migratable seats switched)',
		summary: '{title}: {label} would go from {from} today to {to} ({last}).',
		stepLine: '{step}: sovereignty score {score}, level {level}.',
		empty: '{title}: the scenario plans no migration wave.',
		movesTitle: 'What the scenario switches',
		movesCaption: 'Products replaced by the scenario at the end of the waves',
		from: 'Current product',
		to: 'Free alternative',
		seatsMoved: 'Seats switched',
		warnings: 'Points to check',
		spendNote:
			'After migration, the spend counted for the alternative is its recurring cost (support, hosting) as the scenario plans it.'
	},
	tnl: {
		title: '“Territoire Numérique Libre” label: preparing the application',
		intro:
			'What your data can already fill in, arranged by the five axes of the ADULLACT label. It helps prepare the application; it does not predict the label.',
		caption: 'Evidence for the application, by label axis',
		dimension: 'Axis',
		item: 'Item',
		value: 'Value',
		reading: 'What can be written',
		toComplete: 'to fill in',
		pooledTools: 'Tools listed in the SILL or the Comptoir du Libre',
		noPooledTools: 'No tool of the inventory is listed yet (see “To complete”).'
	},
	toComplete: {
		title: 'To complete',
		intro:
			'These products have unknown attributes: they are left out of the indicators concerned, which lowers coverage. Completing them makes the figures more reliable.',
		attributesCaption: 'Missing attributes and the share of the inventory they leave out',
		attribute: 'Missing attribute',
		productCount: 'Products',
		seatsShare: 'Share of seats',
		spendShare: 'Share of spend',
		indicators: 'Indicators concerned',
		productsCaption: 'Products to complete, heaviest first',
		product: 'Product',
		missing: 'Missing attributes',
		effect: 'Effect on coverage',
		effectSeats: '+{share} of seats',
		effectSpend: '+{share} of spend',
		action: 'Action',
		complete: 'Complete',
		completeLabel: 'Complete {name}',
		askFinance:
			'These products are to be completed by the finance department or an administrator, from the Products page.',
		allProducts: 'See all products',
		sillUnverified:
			'{n} free software product(s) without a verified SILL or Comptoir du Libre reference ({names}): until the reference is entered, they count as not pooled.',
		showAll: 'Show the {n} products',
		more: 'and {n} more'
	},
	weightsError: 'Weights not saved',
	series: {
		composite: 'Sovereignty score',
		openSource: 'Seats on free software',
		nonEuSpend: 'Spend exposed outside the EU',
		openFormats: 'Seats on open formats',
		coverage: 'Score coverage'
	},
	levels: {
		0: 'SEAL-0: no sovereignty',
		1: 'SEAL-1: formal jurisdictional sovereignty',
		2: 'SEAL-2: data sovereignty',
		3: 'SEAL-3: digital resilience',
		4: 'SEAL-4: full digital sovereignty'
	}
};

import type { Messages } from '../fr';

export const scenarioCatalogue: Messages['scenarios']['catalogue'] = {
	title: 'Catalogue of open-source equivalents',
	intro:
		'For each proprietary product: its list price and the open-source products that replace it, with their costs per seat. Each figure carries its source and date, or the word “assumption” and its reason. Your edits apply to your organisation only and feed new scenarios.',
	updated: 'Figures updated on {date}',
	edited: 'Catalogue edited by your organisation.',
	shipped: 'Catalogue shipped with Cap Libre.',
	reset: 'Go back to the shipped catalogue',
	resetConfirm: 'Go back to the shipped catalogue? All your catalogue edits will be lost.',
	resetDone: 'The shipped catalogue applies again.',
	saved: '“{name}” saved.',
	errorsTitle: 'The catalogue was not saved:',
	scenariosNote:
		'Existing scenarios keep their figures: to update them, use “Take seats and prices from your imported data” in the scenario, or create a new one.',
	entriesTitle: 'Proprietary products',
	alternativesTitle: 'Open-source alternatives',
	edit: 'Edit',
	save: 'Save',
	fields: {
		unitPrice: 'List price per seat',
		pricePeriod: { month: 'per month', year: 'per year' },
		schedule: 'Price per year',
		hardware: 'Hardware renewal forced per seat per year',
		oneOff: 'One-off cost per switched seat',
		recurring: 'Support and hosting per seat per year',
		training: 'Training (days per agent)',
		difficulty: 'Difficulty (1 to 5)',
		alternatives: 'Replaced by',
		vendor: 'Vendor',
		country: 'Country',
		licence: 'Licence',
		sill: 'SILL id',
		comptoir: 'Comptoir du Libre id',
		endOfSupport: 'End of support',
		notes: 'Notes'
	},
	figure: {
		value: 'Value',
		kind: 'Kind of figure',
		sourced: 'Published figure (source and date)',
		assumption: 'Assumption',
		source: 'Source',
		date: 'Date (yyyy, yyyy-mm or yyyy-mm-dd)',
		note: 'Reason',
		noteHelp: 'For an assumption: why this value. For a published figure: how it was derived (optional).'
	},
	dayUnit: 'd',
	assumptionTag: 'Assumption',
	none: '—',
	unknown: 'not verified',
	readOnly: 'Only finance officers and administrators can edit the catalogue.'
};

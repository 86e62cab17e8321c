import type { Messages } from '../fr';

export const scenarioForm: Messages['scenarios']['form'] = {
	heading: 'Edit the assumptions',
	intro: 'The figures update with each change. Save to keep them: nothing changes until you save.',
	liveFigures: 'Figures with your changes',
	unsaved: 'Unsaved changes',
	stale: 'Figures not updated: fix the errors below.',
	errorsTitle: 'The scenario has errors:',
	saved: 'Scenario saved.',
	save: 'Save the scenario',
	reset: 'Undo the changes',
	reloadData: 'Take seats and prices from your imported data',
	reloadDataHelp:
		'Replaces the scenario’s products with those of your imported files (seats paid, prices paid); the assumptions stay.',
	general: 'General settings',
	name: 'Scenario name',
	horizon: 'Horizon (years)',
	discountRate: 'Discount rate',
	discountOptions: {
		'0.032': '3.2 % — France Stratégie, 2021 (recommended)',
		'0.045': '4.5 % — Quinet report, 2013 (superseded)',
		'0': '0 % — no discounting'
	},
	discountOther: '{rate} — value from the file',
	agentCount: 'Number of agents (for savings per agent)',
	agentCountHelp: 'Leave empty: the largest seat count of a line.',
	waves: 'Rollout waves',
	wavesHelp:
		'Share of seats switched at the start of each year, in % (the first year is the pilot). The total cannot exceed 100 %.',
	waveYear: 'Year {year} (%)',
	wavesTotal: 'Total: {total}',
	ranges: 'Uncertain assumptions',
	rangesHelp:
		'Low, chosen and high value: the chosen value makes the figures; the range makes the uncertainty (Monte Carlo draws) and the sensitivity chart.',
	low: 'Low',
	likely: 'Chosen',
	high: 'High',
	units: {
		percent: '%',
		euros: '€',
		factor: 'factor',
		months: 'months',
		days: 'days'
	},
	lines: 'Products in scope',
	linesHelp:
		'Seats, prices and costs per seat. Changing the alternative takes its costs from the catalogue. A kept share of 100 % keeps the product as it is.',
	line: {
		alternative: 'Replaced by',
		bundle: 'Full suite: {names}',
		none: 'Nothing (stays proprietary)',
		seats: 'Seats',
		unitPrice: 'Price per seat per year (€)',
		schedule: 'Price per year (€ per seat, separated by “;”)',
		scheduleHelp: 'Empty: the price above, raised each year by the price rise.',
		oneOff: 'One-off cost per switched seat (€)',
		recurring: 'Support and hosting per seat per year (€)',
		training: 'Training (days per agent)',
		hardware: 'Avoided hardware per seat per year (€)',
		residual: 'Share kept (%)',
		residualHelp: 'Empty: the scenario’s assumption.'
	},
	conversion: {
		notANumber: '{field}: “{value}” is not a number.',
		notAnInteger: '{field}: “{value}” is not a whole number.'
	},
	paths: {
		name: 'Name',
		horizonYears: 'Horizon',
		discountRate: 'Discount rate',
		waves: 'Waves',
		agentCount: 'Number of agents'
	},
	readOnly: 'Only finance officers and administrators can edit the assumptions.'
};

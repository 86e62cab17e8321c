import type { Messages } from '../fr';

type Appendix = Pick<Messages['reports'], 'methodology' | 'sources' | 'glossary' | 'privacy'>;

export const reportAppendix: Appendix = {
	methodology: {
		title: 'Methodology and assumptions',
		intro:
			'Every figure of this report comes either from the imported files, or from a published source (cited with its date), or from an assumption flagged as such. Amounts are computed in whole cents, then rounded to the euro for display. The savings model, formula by formula:',
		sovereigntyMethod:
			'Sovereignty score: seven components oriented so that 100 is the most sovereign, each computed on the products whose information is known.',
		parametersCaption: 'Parameters of the “{name}” scenario',
		assumptionsCaption: 'Uncertain assumptions of the “{name}” scenario (low, likely, high value)',
		catalogueIntro:
			'The list prices of proprietary software and the costs of free alternatives come from the catalogue of equivalents (figures updated on {date}). Each figure carries its source and date, or the mention “Assumption” with its justification when no public source exists.',
		catalogueCaption: 'Default figures of the catalogue, with their source and date',
		figure: 'Figure',
		kind: 'Kind',
		justification: 'Justification',
		source: 'Source or justification',
		date: 'Date',
		assumption: 'Assumption',
		assumptionNote: 'Assumption: {note}',
		published: 'Published source',
		entered: 'Entered value',
		data: 'Your data'
	},
	sources: {
		title: 'Data sources',
		intro:
			'The report is computed from {files} imported file(s), each recognised by its export format; no figure is entered by hand.',
		noFiles: 'No file imported.',
		filesCaption: 'Imported files',
		file: 'File',
		format: 'Recognised format',
		importedOn: 'Imported on',
		periodHeader: 'Period covered',
		period: 'from {from} to {to}',
		rows: 'Rows',
		coverageIntro:
			'Coverage of each sovereignty indicator: the share of seats or spend for which the needed information is known, and the data it uses.',
		coverageCaption: 'Coverage of the indicators'
	},
	glossary: {
		title: 'Glossary',
		items: [
			{
				term: 'Free software',
				definition:
					'Software anyone may use, study, modify and redistribute; the organisation may have any provider support it.'
			},
			{
				term: 'Proprietary software',
				definition: 'Software whose vendor alone sets the price, the terms of use and its evolution.'
			},
			{
				term: 'Seat (or licence)',
				definition:
					'A paid right of use for an agent, a computer or a site. An unused seat is paid for although its holder did not use the software during the latest usage report’s period.'
			},
			{
				term: 'Scenario',
				definition:
					'A costed plan to replace proprietary software with free equivalents: which products, at what pace (waves), with which assumptions. The followed scenario is the one the organisation chose for its dashboard and progress.'
			},
			{
				term: 'Cumulative savings',
				definition:
					'Cost without change minus cost of the scenario, years added up; negative until the investment (training, migration) is paid back.'
			},
			{
				term: 'Net present value (NPV)',
				definition:
					'Each year’s savings brought back to today with a discount rate (3.2 % by default, France Stratégie 2021): a euro saved in five years is worth less than a euro today. A positive NPV means the scenario brings in more than it costs.'
			},
			{
				term: 'Payback',
				definition: 'The first year from which cumulative savings stay positive to the end of the horizon.'
			},
			{
				term: 'P10, P50, P90',
				definition:
					'Over 10,000 random draws of the assumptions (Monte Carlo method), 1 draw in 10 does worse than P10, half worse than P50 (the median), 9 in 10 worse than P90.'
			},
			{
				term: 'Tornado chart (sensitivity)',
				definition:
					'Shows, assumption by assumption, how the NPV changes when only that assumption moves from its low to its high value; the longest bars are the assumptions to check first.'
			},
			{
				term: 'Assumption',
				definition:
					'A figure no public source gives: it is shown as such, with its justification, and the organisation may replace it with its own.'
			},
			{
				term: 'Coverage',
				definition:
					'The share of seats or spend for which the information an indicator needs is known. Below 80 %, the indicator is flagged “insufficient coverage”.'
			},
			{
				term: 'Non-EU law (extraterritoriality)',
				definition:
					'A foreign law that may force a provider to hand over data, even hosted in Europe (for example the US CLOUD Act).'
			},
			{
				term: 'SecNumCloud',
				definition: 'ANSSI qualification of cloud offers that protect data against non-EU laws.'
			},
			{
				term: 'Reversibility',
				definition:
					'The possibility to leave a provider, getting one’s data back in an open format and finding another provider.'
			},
			{
				term: 'Open formats',
				definition:
					'Documented file formats free to use (for example ODF for office documents), readable by several programs.'
			},
			{
				term: 'HHI (Herfindahl-Hirschman index)',
				definition:
					'Measures how concentrated spend is on a few vendors, from 0 (very spread) to 10,000 (a single vendor).'
			},
			{
				term: 'SEAL',
				definition:
					'Sovereignty levels 0 to 4 inspired by the European cloud sovereignty framework (European Commission, 2025); Cap Libre makes a self-assessment, not a certification.'
			},
			{
				term: 'SILL, Comptoir du Libre',
				definition:
					'The French state’s recommended free software list and ADULLACT’s catalogue: software listed there is already used by other administrations.'
			},
			{
				term: 'Incl. tax, excl. tax',
				definition:
					'All taxes included (what the organisation pays, as invoiced), excluding tax (list prices of the catalogue).'
			},
			{
				term: 'Pseudonymisation',
				definition:
					'Replacing an agent’s identifier by a fingerprint computed with a secret key of the instance: figures can be followed over time without knowing who is concerned.'
			},
			{
				term: 'Small group (k)',
				definition:
					'A service of fewer than k agents: its figures are hidden in tables meant for elected officials, so that no one can be recognised.'
			}
		]
	},
	privacy: {
		title: 'Personal data',
		intro:
			'This report holds no individual data: only aggregated figures, never about a group of fewer than {k} agents. To compute them, Cap Libre processed data on staff use of software, pseudonymised on import.',
		noStaffFiles: 'No imported file holds data about staff.',
		staffFiles: 'Staff data used ({count} file(s)):',
		staffFile: '{file} — {format} ({rows} rows)'
	}
};

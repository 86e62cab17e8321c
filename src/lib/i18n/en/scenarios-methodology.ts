import type { Messages } from '../fr';

export const scenarioMethodology: Messages['scenarios']['methodology'] = {
	title: 'How the scenarios are computed',
	intro:
		'This page explains every figure of the scenarios, formula by formula, so that it can be checked and defended. Amounts are computed in whole cents, then rounded to the euro for display.',
	notation: 'Notation',
	notationItems: [
		'S: seats (or devices, or sites) of a product; P: price per seat per year.',
		'r: share of seats staying on proprietary software; u = S × (1 − r) seats to switch.',
		'w₁, w₂…: waves (share of seats switched at the start of year 1, 2…); Cₜ = w₁ + … + wₜ (at most 100 %).',
		'Aₜ = u × Cₜ seats on the alternative during year t; Mₜ = u × (Cₜ − Cₜ₋₁) seats switched at the start of year t.',
		'pₜ = P × (1 + g)^(t − 1): price in year t, g = yearly price rise (or the yearly schedule if any, 0 past its end).',
		'h: avoided hardware renewal per seat per year; R: support and hosting of the alternative per seat per year; O: one-off cost per switched seat; T: training days per agent.'
	],
	sections: [
		{
			title: '1. Count only the costs that differ',
			paragraphs: [
				'The model compares two options over the same horizon: keep the current software (“without change”) or switch to open source (“with the scenario”). Like the Treasury Board of Canada’s FOSS cost comparison model (2007), it counts only the costs that differ between the two: licences, hardware the proprietary product forces to renew, migration, training, dual licences, productivity loss, support and hosting of the alternative.',
				'Costs that are the same in both options (workstations, electricity, the IT team) are left out: they cancel out. Licences of the seats that stay proprietary appear on both sides and cancel out too.'
			],
			formulas: []
		},
		{
			title: '2. Cost without change',
			paragraphs: ['Each year, each product costs its licences and the hardware it forces to renew:'],
			formulas: ['Without changeₜ = S × pₜ + S × h']
		},
		{
			title: '3. Cost with the scenario',
			paragraphs: [
				'Seats switch in waves, a pilot first. A share stays on proprietary software for specific needs. Each year, the scenario costs:'
			],
			formulas: [
				'licences still paid = (S − Aₜ) × pₜ',
				'dual licences = Mₜ × pₜ × m / 12   (m = months of dual licences, at most 12)',
				'hardware still renewed = (S − Aₜ) × h × hardware factor',
				'support and hosting = Aₜ × R × support factor',
				'one-off costs = Mₜ × O × one-off factor',
				'training = Mₜ × T × training factor × (trainer cost per day + cost of an agent’s day)',
				'productivity loss = Mₜ × days lost per agent × cost of an agent’s day'
			]
		},
		{
			title: '4. Savings, cumulative savings and net present value',
			paragraphs: [
				'The saving of a year is the difference between the two costs; it is negative in the years of investment. The cumulative savings add the years up.',
				'The net present value (NPV) brings each year back to today: a euro saved in five years is worth less than a euro today. The switch happens at the start of a year (licences renew yearly, a wave’s costs are paid when it starts), so year 1 is not discounted.',
				'Offered rates, all real (excluding inflation, like the price rise they are compared with): 3.2 % by default (France Stratégie, “Révision du taux d’actualisation”, 21 October 2021: 1.2 % + 2 % × β with β = 1), 4.5 % (Quinet report, 2013, since superseded) and 0 % (no discounting).'
			],
			formulas: [
				'Savingsₜ = Without changeₜ − With the scenarioₜ',
				'Cumulativeₜ = Savings₁ + … + Savingsₜ',
				'NPV = Σₜ Savingsₜ × (1 + rate)^−(t − 1)'
			]
		},
		{
			title: '5. Payback and savings per agent',
			paragraphs: [
				'The payback year is the first year from which cumulative savings are positive and stay so until the end of the horizon (a late wave cannot be hidden by a good first year). If they never become positive again, the scenario does not pay back within the horizon.',
				'Savings per agent divide the cumulative savings by the organisation’s declared headcount (failing that, by the largest seat count of a product).'
			],
			formulas: ['Savings per agent = cumulative savings over the horizon ÷ agents']
		},
		{
			title: '6. Uncertainty: 10,000 draws (Monte Carlo)',
			paragraphs: [
				'Each uncertain assumption has a low, chosen and high value. The model draws 10,000 sets of assumptions at random from a triangular distribution (the most likely value is the chosen one), recomputes the scenario for each, and summarises the results: P10 (1 draw in 10 does worse), P50 (median) and P90 (1 draw in 10 does better). The probability of saving is the share of draws whose cumulative savings are positive.',
				'Each draw applies to every product at once: the uncertainty is about shared facts (price policy, cost of a day), and drawing product by product would let errors cancel out and shrink the range wrongly. The draws are reproducible: the same seed (20251014) always gives the same figures.',
				'The chart’s band gives, for each year, the P10 and P90 of the cumulative savings at that date; it is not the path of one single draw.'
			],
			formulas: []
		},
		{
			title: '7. Sensitivity (tornado chart)',
			paragraphs: [
				'For each uncertain assumption, the NPV is computed with that assumption at its low value and then at its high value, every other one at its chosen value. Assumptions are ranked by decreasing swing: the first ones are those to document first.'
			],
			formulas: []
		},
		{
			title: '8. Immediate savings (unused licences)',
			paragraphs: [
				'Before any migration: for each product, the licences paid minus the users active over the period of the activity report, times the price paid per seat. Per product the services are pooled, because a licence can be assigned to any agent. Active users beyond the seats paid are never counted as a saving.'
			],
			formulas: [
				'Unused = max(0, seats paid − active users)',
				'Yearly saving = unused × price paid per seat per year'
			]
		},
		{
			title: '9. The data used',
			paragraphs: [
				'Seats: quantity invoiced in the year, failing that the current subscription, failing that the number of agents holding a licence. Price: spend of the year (incl. VAT, what the organisation pays) divided by the seats; failing that, the catalogue’s list price with its source and date.',
				'Alternatives and their costs: the catalogue of open-source equivalents, each figure with its source and date, or marked as an assumption when no public source exists. A suite (Microsoft 365 for instance) includes mail, files and meetings: it is replaced by a bundle (office suite, files, mail, meetings, chat) whose costs add up, otherwise the saving would be overstated.',
				'Year 1 is the year after the latest imported invoices. A price schedule that depends on the end of support (Windows 10 extended security updates, whose price doubles each year) is shifted accordingly and scaled to the price actually paid.',
				'Catalogue costs exclude VAT, invoiced prices include it: if the organisation does not recover VAT, raise the cost factors by 20 %.'
			],
			formulas: []
		}
	],
	toulouseTitle: '10. Check against a published case: Toulouse',
	toulouseIntro:
		'Toulouse moved about 90 % of its 10,000 workstations to LibreOffice in 2012-2013, for about €800k; its office licences cost €1.8M every 3 years, and the city reports about €1M saved over the first 3 years (next.ink, 28 July 2014; numerama.com).',
	toulouseInputs:
		'Model inputs (file docs/examples/toulouse.json): 10,000 seats, 10 % kept, switched at once, €1.8M ÷ 3 years ÷ 9,000 switched seats = {price} per seat per year, €800k ÷ 9,000 = {oneOff} per seat, 3-year horizon, no discounting and no other cost.',
	toulouseResult:
		'Model result: {result} saved over 3 years, against about €1,000,000 published (a gap of {gap}).',
	toulouseTolerance:
		'Tolerance: ±20 %, because the published figures are themselves rounded (“about”) and the split of the €1.8M between switched and kept seats is not published. If the €1.8M covered all 10,000 seats, the model would give about €820k: still within the tolerance.',
	toulouseOk: 'Check passed.',
	toulouseFailed: 'Check failed: the model departs from the published case.',
	sourcesTitle: 'Sources',
	sources: [
		'Treasury Board of Canada, “FOSS Cost Comparison Model”, 2007: 5-year horizon, only the costs that differ.',
		'France Stratégie / DG Trésor, “Complément opérationnel I – Révision du taux d’actualisation”, 21 October 2021: 3.2 %.',
		'Quinet report, “L’évaluation socioéconomique des investissements publics”, 2013: 4.5 % (superseded).',
		'Toulouse: next.ink, 28 July 2014; numerama.com, article 30128.',
		'Munich: itworld.com, 26 November 2012 (€11M saved, of which €4.7M hardware); techrepublic.com, 2017 (return to Windows).',
		'European Commission, FLOSSImpact study, 2006: no productivity delay found with OpenOffice.',
		'Licence and alternative prices: see the catalogue of equivalents, each figure with its source and date.'
	]
};

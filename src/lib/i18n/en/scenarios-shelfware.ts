import type { Messages } from '../fr';

export const scenarioShelfware: Messages['scenarios']['shelfware'] = {
	heading: 'Immediate savings: licences paid for but unused',
	intro:
		'Before any migration, matching the number of licences to the number of active users saves money at once. Only user counts are used: reports with concealed names work.',
	total: 'Possible yearly saving',
	totalHelp: 'Unused seats × price paid per seat, product by product.',
	unused: 'Unused licences',
	unusedHelp: 'Licences paid for with no active user over the report period.',
	byProductCaption: 'Per product',
	byServiceCaption: 'Per service',
	detailCaption: 'Per product and service',
	columns: {
		product: 'Product',
		service: 'Service',
		paid: 'Seats paid',
		active: 'Active users',
		unused: 'Unused',
		rate: 'Utilisation',
		saving: 'Saving per year'
	},
	noService: 'No service (licences assigned to nobody or not broken down)',
	suppressed: 'Hidden (fewer than {k} agents)',
	suppressedNote:
		'To protect staff, figures about a service of fewer than {k} agents are not shown to elected officials ({n} service(s) hidden).',
	serviceNote:
		'Per service, each product is counted separately; the per-product total pools the services (an idle licence in one service covers a need elsewhere), so it can be smaller.',
	sources: 'Sources: {basis} {year} (seats paid and prices); activity: {reports}.',
	reportItem: '{product} on {date}',
	withoutUsage: 'Not measurable for lack of an activity report: {list}.',
	withoutUsageItem: '{name} ({seats} seats)',
	pricedFromCatalogue: 'Catalogue price, for lack of an invoice: {list}.',
	overAllocated:
		'{product}: {active} active users for {paid} seats paid; this product may be included in another subscription, to be checked.',
	empty:
		'No product has both a count of seats paid and an activity report. Import a users export or a usage report (Microsoft 365, Zoom…) to measure unused licences.'
};

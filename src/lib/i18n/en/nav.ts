import type { Messages } from '../fr';

export const nav: Messages['nav'] = {
	dashboard: 'Dashboard',
	imports: 'Imports',
	licences: 'Software and licences',
	products: 'Products',
	scenarios: 'Scenarios',
	sovereignty: 'Sovereignty',
	reports: 'Reports',
	settings: 'Settings'
};

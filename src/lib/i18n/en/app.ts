import type { Messages } from '../fr';

export const app: Messages['app'] = {
	name: 'Cap Libre',
	tagline: 'Software, savings and digital sovereignty',
	skipToContent: 'Skip to content',
	mainNav: 'Main navigation',
	organisation: 'Organisation',
	switchOrganisation: 'Switch organisation',
	demoBanner: 'Demo data: a fictitious commune.',
	language: 'Language',
	switchTo: 'Français',
	footer: 'Cap Libre — free software (AGPL-3.0). No data leaves this server.'
};

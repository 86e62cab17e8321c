import type { Messages } from '../fr';

export const reports: Messages['reports'] = {
	title: 'Reports'
};

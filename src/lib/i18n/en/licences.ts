import type { Messages } from '../fr';

export const licences: Messages['licences'] = {
	title: 'Software and licences'
};

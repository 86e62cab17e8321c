import type { Messages } from '../fr';

export const sovereignty: Messages['sovereignty'] = {
	title: 'Sovereignty'
};

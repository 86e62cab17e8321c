import type { Messages } from '../fr';

export const scenarios: Messages['scenarios'] = {
	title: 'Scenarios'
};

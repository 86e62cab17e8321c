import type { Messages } from '../fr';

export const progress: Messages['progress'] = {
	title: 'Progress'
};

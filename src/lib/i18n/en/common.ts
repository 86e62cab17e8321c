import type { Messages } from '../fr';

export const common: Messages['common'] = {
	notFound: 'Page not found',
	error: 'An error occurred',
	backHome: 'Back to the dashboard'
};

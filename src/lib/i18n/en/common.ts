import type { Messages } from '../fr';

export const common: Messages['common'] = {
	comingSoon: 'This page will be available in a later version.',
	notFound: 'Page not found',
	error: 'An error occurred',
	backHome: 'Back to the dashboard'
};

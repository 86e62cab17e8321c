import { getMessages } from '$lib/i18n';
import { getSpendOverview } from '$lib/server/services/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const m = getMessages(locals.lang);
	const year = Number(url.searchParams.get('annee')) || undefined;
	const spend = locals.org ? getSpendOverview(locals.db, locals.org.id, m.dashboard, year) : null;
	return { spend };
};

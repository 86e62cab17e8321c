import { getMessages } from '$lib/i18n';
import { can } from '$lib/server/auth/permissions';
import { getDashboard } from '$lib/server/services/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const m = getMessages(locals.lang);
	const year = Number(url.searchParams.get('annee')) || undefined;
	const comparePeers = url.searchParams.get('comparer') === '1';
	const dashboard = locals.org
		? getDashboard(locals.db, locals.org.id, {
				labels: { ...m.dashboard, others: m.chart.others },
				today: new Date().toISOString().slice(0, 10),
				year,
				comparePeers
			})
		: null;
	return { dashboard, comparePeers, detailed: can(locals.role, 'viewRawLines') };
};

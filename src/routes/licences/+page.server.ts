import { getMessages } from '$lib/i18n';
import { getLicenceDetail } from '$lib/server/services/licences';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const m = getMessages(locals.lang);
	const detail = locals.org
		? getLicenceDetail(locals.db, locals.org.id, {
				m: m.licences,
				today: new Date().toISOString().slice(0, 10),
				year: Number(url.searchParams.get('annee')) || undefined,
				page: Number(url.searchParams.get('page')) || 1
			})
		: null;
	return { detail };
};

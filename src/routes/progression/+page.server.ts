import { can } from '$lib/server/auth/permissions';
import { getProgress } from '$lib/server/services/progress';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	// Per-service figures are suppressed for whoever may not read raw lines (elected officials).
	const progress = locals.org
		? getProgress(locals.db, locals.org.id, {
				today: new Date().toISOString().slice(0, 10),
				suppressSmallGroups: !can(locals.role, 'viewRawLines')
			})
		: null;
	return { progress };
};

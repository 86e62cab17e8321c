import { getPrivacySettings } from '$lib/server/services/privacy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	settings: locals.org ? getPrivacySettings(locals.db, locals.org.id) : null
});

import { error } from '@sveltejs/kit';
import { getMessages } from '$lib/i18n';
import { getPrivacySettings } from '$lib/server/services/privacy';
import { buildRegisterEntry } from '$lib/server/services/register-entry';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	if (!locals.org) error(404);
	const s = getPrivacySettings(locals.db, locals.org.id);
	const today = new Date().toISOString().slice(0, 10);
	const text = buildRegisterEntry(
		getMessages(locals.lang).privacy,
		locals.org.name,
		s.k,
		s.retentionMonths,
		today
	);
	return new Response('\ufeff' + text, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="registre-traitement-cap-libre-${locals.org.slug}.txt"`
		}
	});
};

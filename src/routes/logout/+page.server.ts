import { redirect } from '@sveltejs/kit';
import { deleteSession, deleteUserSessions, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.user) deleteSession(locals.db, locals.user.sessionId);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/login');
	},
	everywhere: async ({ locals, cookies }) => {
		if (locals.user) {
			const ended = deleteUserSessions(locals.db, locals.user.userId);
			createAuditRepository(locals.db).record({
				orgId: locals.user.orgId,
				userId: locals.user.userId,
				actor: locals.user.email,
				action: 'logout.everywhere',
				details: { sessions: ended }
			});
		}
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/login');
	}
};

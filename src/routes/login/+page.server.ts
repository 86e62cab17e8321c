import { fail, redirect } from '@sveltejs/kit';
import { getMessages, format } from '$lib/i18n';
import { login } from '$lib/server/auth/login';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import { getRuntime } from '$lib/server/runtime';
import { DEMO_ACCOUNTS } from '$lib/server/services/demo-accounts';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths are followed after login (no open redirect). */
function safeRedirect(target: string | null): string {
	return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	const { config } = getRuntime();
	return { demoAccounts: config.demo ? DEMO_ACCOUNTS : [] };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, locals, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const m = getMessages(locals.lang).auth;
		const { config, db } = getRuntime();
		const result = await login(
			db,
			{ email, password: String(form.get('password') ?? ''), ip: getClientAddress() },
			{
				demoEnabled: config.demo,
				policy: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours }
			}
		);
		const audit = createAuditRepository(db);
		if (!result.ok) {
			audit.record({
				orgId: null,
				userId: null,
				actor: 'anonyme',
				action: 'login.failed',
				details: { reason: result.reason }
			});
			const message = {
				invalid: m.invalid,
				locked: format(m.locked, { minutes: result.retryAfterMinutes ?? 15 }),
				'demo-disabled': m.demoDisabled,
				'no-organisation': m.noOrganisation
			}[result.reason];
			return fail(result.reason === 'locked' ? 429 : 400, { email, message });
		}
		audit.record({
			orgId: result.orgId,
			userId: result.userId,
			actor: email.trim().toLowerCase(),
			action: 'login'
		});
		cookies.set(SESSION_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			expires: new Date(result.expiresAt)
		});
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};

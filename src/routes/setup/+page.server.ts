import { fail, redirect } from '@sveltejs/kit';
import { format, getMessages } from '$lib/i18n';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { createUsersRepository } from '$lib/server/repositories/users.repository';
import { AccountError, setupInstance } from '$lib/server/services/accounts';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	installed: createUsersRepository(locals.db).count() > 0,
	minPassword: MIN_PASSWORD_LENGTH
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const m = getMessages(locals.lang).auth;
		const form = await request.formData();
		const values = {
			orgName: String(form.get('orgName') ?? ''),
			kind: form.get('kind') === 'intercommunalite' ? ('intercommunalite' as const) : ('commune' as const),
			email: String(form.get('email') ?? ''),
			password: String(form.get('password') ?? '')
		};
		if (values.password !== String(form.get('passwordConfirm') ?? '')) {
			return fail(400, { ...values, password: '', message: m.passwordMismatch });
		}
		if (values.password.length < MIN_PASSWORD_LENGTH) {
			return fail(400, {
				...values,
				password: '',
				message: format(m.passwordTooShort, { min: MIN_PASSWORD_LENGTH })
			});
		}
		try {
			const { orgId, userId } = await setupInstance(locals.db, values);
			createAuditRepository(locals.db).record({ orgId, userId, actor: values.email, action: 'setup' });
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { ...values, password: '', message: e.message });
			throw e;
		}
		redirect(303, '/login');
	}
};

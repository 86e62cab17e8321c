import { fail, redirect } from '@sveltejs/kit';
import { switchSessionOrg } from '$lib/server/auth/sessions';
import { createOrganisationsRepository } from '$lib/server/repositories/organisations.repository';
import { createUsersRepository } from '$lib/server/repositories/users.repository';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	mine: locals.user ? createUsersRepository(locals.db).organisationsOf(locals.user.userId) : []
});

/** Switches the session to another organisation the user belongs to. */
export const actions: Actions = {
	default: async ({ request, locals }) => {
		if (!locals.user) return fail(401);
		const slug = String((await request.formData()).get('org') ?? '');
		const org = createOrganisationsRepository(locals.db).getBySlug(slug);
		if (!org || !switchSessionOrg(locals.db, locals.user.sessionId, locals.user.userId, org.id)) {
			return fail(403, { message: 'Vous n’êtes pas membre de cette collectivité.' });
		}
		redirect(303, '/');
	}
};

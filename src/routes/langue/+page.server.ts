import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { users } from '$lib/server/db/schema';
import type { Actions } from './$types';

/** Stores the interface language the user chose, then goes back to the page they were on. */
export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const lang = form.get('lang') === 'en' ? 'en' : 'fr';
		if (locals.user) locals.db.update(users).set({ lang }).where(eq(users.id, locals.user.userId)).run();
		const back = String(form.get('back') ?? '/');
		redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
	}
};

import { fail } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '$lib/server/auth/permissions';
import { deleteUserSessions } from '$lib/server/auth/sessions';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import { createUsersRepository } from '$lib/server/repositories/users.repository';
import { AccountError, addUser } from '$lib/server/services/accounts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	members: locals.org ? createUsersRepository(locals.db).membersOf(locals.org.id) : []
});

function readRole(value: FormDataEntryValue | null): Role | null {
	return ROLES.includes(value as Role) ? (value as Role) : null;
}

function audit(locals: App.Locals, action: string, details: Record<string, unknown>) {
	createAuditRepository(locals.db).record({
		orgId: locals.org?.id ?? null,
		userId: locals.user?.userId ?? null,
		actor: locals.user?.email ?? 'anonyme',
		action,
		details
	});
}

export const actions: Actions = {
	add: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const form = await request.formData();
		const role = readRole(form.get('role'));
		const email = String(form.get('email') ?? '');
		if (!role) return fail(400, { message: 'Rôle invalide.' });
		const password = randomBytes(12).toString('base64url');
		try {
			const { userId, created } = await addUser(locals.db, { email, password, role, orgId: locals.org.id });
			audit(locals, created ? 'user.create' : 'user.role', { userId, role });
			return { added: { email: email.trim().toLowerCase(), password: created ? password : null } };
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { message: e.message });
			throw e;
		}
	},
	role: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const form = await request.formData();
		const userId = Number(form.get('userId'));
		const role = readRole(form.get('role'));
		const users = createUsersRepository(locals.db);
		if (!role || !users.roleIn(userId, locals.org.id))
			return fail(400, { message: 'Compte ou rôle invalide.' });
		users.setRole(userId, locals.org.id, role);
		audit(locals, 'user.role', { userId, role });
		return { roleChanged: true };
	},
	remove: async ({ request, locals }) => {
		if (!locals.org || !locals.user) return fail(404);
		const userId = Number((await request.formData()).get('userId'));
		if (userId === locals.user.userId)
			return fail(400, { message: 'Vous ne pouvez pas retirer votre propre compte.' });
		createUsersRepository(locals.db).removeMembership(userId, locals.org.id);
		deleteUserSessions(locals.db, userId);
		audit(locals, 'user.remove', { userId });
		return { removed: true };
	}
};

import { permissionsOf } from '$lib/server/auth/permissions';
import { createUsersRepository } from '$lib/server/repositories/users.repository';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		lang: locals.lang,
		org: locals.org ? { slug: locals.org.slug, name: locals.org.name, isDemo: locals.org.isDemo } : null,
		user: user ? { email: user.email, role: user.role, isDemo: user.isDemo } : null,
		permissions: permissionsOf(locals.role),
		orgs: user
			? createUsersRepository(locals.db)
					.organisationsOf(user.userId)
					.map((o) => ({ slug: o.slug, name: o.name }))
			: []
	};
};

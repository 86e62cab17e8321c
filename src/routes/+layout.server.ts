import { createOrganisationsRepository } from '$lib/server/repositories/organisations.repository';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const orgs = createOrganisationsRepository(locals.db).list();
	return {
		lang: locals.lang,
		org: locals.org ? { slug: locals.org.slug, name: locals.org.name, isDemo: locals.org.isDemo } : null,
		orgs: orgs.map((o) => ({ slug: o.slug, name: o.name }))
	};
};

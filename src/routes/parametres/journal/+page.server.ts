import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	entries: locals.org ? createAuditRepository(locals.db).list(locals.org.id) : []
});

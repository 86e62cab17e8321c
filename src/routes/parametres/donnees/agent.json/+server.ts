import { error, json } from '@sveltejs/kit';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import { exportAgent } from '$lib/server/services/privacy';
import type { RequestHandler } from './$types';

/** Everything held about one pseudonymous agent, as a JSON download (right of access). */
export const GET: RequestHandler = ({ locals, url }) => {
	if (!locals.org) error(404);
	const key = url.searchParams.get('cle') ?? '';
	if (!/^[0-9a-f]{32}$/.test(key)) error(400, 'Pseudonyme invalide.');
	const record = exportAgent(locals.db, locals.org.id, key);
	if (!record) error(404, 'Aucune donnée pour ce pseudonyme.');
	createAuditRepository(locals.db).record({
		orgId: locals.org.id,
		userId: locals.user?.userId ?? null,
		actor: locals.user?.email ?? 'anonyme',
		action: 'agent.export',
		details: { agentKey: key }
	});
	return json(record, { headers: { 'content-disposition': `attachment; filename="agent-${key}.json"` } });
};

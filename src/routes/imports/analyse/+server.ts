import { error, json } from '@sveltejs/kit';
import { getRuntime } from '$lib/server/runtime';
import { importDepsOf } from '$lib/server/services/import-deps';
import { importFile } from '$lib/server/services/import-file';
import { createUploadStore } from '$lib/server/services/uploads';
import type { CustomMapping } from '$lib/import';
import type { RequestHandler } from './$types';

/** Re-analyses an uploaded file with the column mapping the user chose (nothing is written). */
export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.org) error(404, 'Aucune collectivité');
	const body = (await request.json()) as { token?: string; fileName?: string; mapping?: CustomMapping };
	const runtime = getRuntime();
	const path = body.token ? createUploadStore(runtime.config.dataDir).path(body.token) : null;
	if (!path) error(410, 'Ce fichier n’est plus disponible : déposez-le à nouveau.');
	const report = await importFile(importDepsOf(runtime, locals.db), {
		orgId: locals.org.id,
		path,
		fileName: body.fileName,
		actor: locals.user?.email ?? 'web',
		dryRun: true,
		mapping: body.mapping
	});
	return json({ token: body.token, report });
};

import { error, json } from '@sveltejs/kit';
import { getRuntime } from '$lib/server/runtime';
import { importDepsOf } from '$lib/server/services/import-deps';
import { importFile } from '$lib/server/services/import-file';
import { createUploadStore, UploadTooLargeError } from '$lib/server/services/uploads';
import type { RequestHandler } from './$types';

/**
 * Receives one file as the raw request body (streamed to disk), analyses it without writing anything,
 * and returns the report with a token to confirm or cancel it.
 */
export const POST: RequestHandler = async ({ request, locals, url }) => {
	if (!locals.org) error(404, 'Aucune collectivité');
	if (request.headers.get('origin') !== url.origin) error(403, 'Origine de la requête refusée');
	const runtime = getRuntime();
	const store = createUploadStore(runtime.config.dataDir);
	const fileName = decodeURIComponent(request.headers.get('x-file-name') ?? 'fichier.csv').slice(0, 255);
	let token: string;
	try {
		// An empty file arrives without a body: saved empty, it is refused below as « fichier vide ».
		token = await store.save(
			request.body ?? new ReadableStream({ start: (c) => c.close() }),
			runtime.config.maxUploadBytes
		);
	} catch (e) {
		if (e instanceof UploadTooLargeError) return json({ message: e.message }, { status: 413 });
		throw e;
	}
	const path = store.path(token) as string;
	const report = await importFile(importDepsOf(runtime, locals.db), {
		orgId: locals.org.id,
		path,
		fileName,
		actor: locals.user?.email ?? 'web',
		dryRun: true
	});
	if (report.status === 'rejected' || report.status === 'duplicate') store.remove(token);
	return json({ token, report });
};

import { error } from '@sveltejs/kit';
import { buildReportPdf } from '$lib/server/services/report';
import type { RequestHandler } from './$types';

/** The council report as a PDF download: ?scenario=<id> picks the scenario detailed (the followed one otherwise). */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.org) error(404, 'Aucune collectivité.');
	const { pdf, fileName } = await buildReportPdf(locals.db, locals.org.id, {
		lang: 'fr',
		scenarioId: Number(url.searchParams.get('scenario')) || undefined,
		authorRole: locals.role ?? 'elected',
		actor: { userId: locals.user?.userId ?? null, label: locals.user?.email ?? 'anonyme' }
	});
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${fileName}"`,
			'content-length': String(pdf.length),
			'cache-control': 'no-store'
		}
	});
};

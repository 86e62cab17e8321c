import type { Handle, ServerInit } from '@sveltejs/kit';
import { pickLang } from '$lib/i18n';
import { getRuntime } from '$lib/server/runtime';
import { ensureDemo } from '$lib/server/services/demo';
import { createOrganisationsRepository } from '$lib/server/repositories/organisations.repository';

/** Runs once at server start: opens the database (migrations applied) and loads the demo into an empty one. */
export const init: ServerInit = async () => {
	const runtime = getRuntime();
	const result = await ensureDemo(runtime);
	if (result.loaded) console.log(`Commune de démonstration chargée : ${result.files} fichiers importés.`);
};

const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
};

export const handle: Handle = async ({ event, resolve }) => {
	const { db } = getRuntime();
	event.locals.db = db;
	event.locals.lang = pickLang(event.request.headers.get('accept-language'), event.url.searchParams.get('lang'));
	const orgs = createOrganisationsRepository(db);
	const slug = event.url.searchParams.get('org');
	event.locals.org = (slug ? orgs.getBySlug(slug) : undefined) ?? orgs.list()[0] ?? null;

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang)
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	return response;
};

import { error, redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { pickLang } from '$lib/i18n';
import { accessFor } from '$lib/server/auth/access';
import { can } from '$lib/server/auth/permissions';
import { SESSION_COOKIE, validateSession } from '$lib/server/auth/sessions';
import { createOrganisationsRepository } from '$lib/server/repositories/organisations.repository';
import { createUsersRepository } from '$lib/server/repositories/users.repository';
import { getRuntime } from '$lib/server/runtime';
import { ensureDemo } from '$lib/server/services/demo';
import { importRunning } from '$lib/server/services/import-file';
import { runMaintenance } from '$lib/server/services/maintenance';

/** Runs once at server start: opens the database (migrations applied) and loads the demo into an empty one. */
export const init: ServerInit = async () => {
	const runtime = getRuntime();
	const result = await ensureDemo(runtime);
	if (result.loaded) console.log(`Commune de démonstration chargée : ${result.files} fichiers importés.`);
	runMaintenance(runtime);
	setInterval(() => runMaintenance(runtime), 60 * 60 * 1000).unref();
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
	const { db, config } = getRuntime();
	const policy = {
		idleMinutes: config.sessionIdleMinutes,
		maxHours: config.sessionMaxHours,
		touch: !importRunning(config.databasePath)
	};
	event.locals.db = db;

	const token = event.cookies.get(SESSION_COOKIE);
	const user = token ? validateSession(db, token, policy) : null;
	if (token && !user) event.cookies.delete(SESSION_COOKIE, { path: '/' });
	event.locals.user = user;
	event.locals.lang = pickLang(event.url.searchParams.get('lang'), user?.lang);
	event.locals.role = user?.role ?? null;
	event.locals.org = user ? (createOrganisationsRepository(db).getById(user.orgId) ?? null) : null;

	const routeId = event.route.id;
	if (routeId !== null) {
		const access = accessFor(routeId, event.request.method, event.url.search);
		if (access === undefined) error(403, 'Accès refusé : aucune règle d’accès pour cette action.');
		if (access !== 'public') {
			if (!user) {
				const accept = event.request.headers.get('accept') ?? '';
				if (event.request.method === 'GET' && (accept.includes('text/html') || event.isDataRequest)) {
					const firstRun = createUsersRepository(db).count() === 0;
					const target = event.url.pathname + event.url.search;
					redirect(303, firstRun ? '/setup' : `/login?redirectTo=${encodeURIComponent(target)}`);
				}
				error(401, 'Connexion requise.');
			}
			if (access !== 'authenticated' && !can(user.role, access)) {
				error(403, 'Votre rôle ne permet pas d’accéder à cette page.');
			}
		}
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang)
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	return response;
};

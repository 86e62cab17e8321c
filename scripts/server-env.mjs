// adapter-node settings (read by build/, not by Cap Libre's own config), the same for `npm start` and the
// browser tests: without ORIGIN it assumes https, so the login form on http://localhost would fail SvelteKit's
// CSRF origin check; and its default 512 KB body limit would refuse every real export. Uploads are limited by
// CAP_LIBRE_MAX_UPLOAD_MB.

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
export function withServerDefaults(env) {
	return {
		...env,
		ORIGIN: env.ORIGIN ?? `http://localhost:${env.PORT ?? '3000'}`,
		BODY_SIZE_LIMIT: env.BODY_SIZE_LIMIT ?? `${env.CAP_LIBRE_MAX_UPLOAD_MB || '300'}M`
	};
}

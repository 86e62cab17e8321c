/** Plain HTTP against the e2e server, as a signed-in user or anonymously (no browser needed). */
export interface HttpUser {
	cookie: string | null;
}

export async function signInHttp(
	baseUrl: string,
	who: { email: string; password: string }
): Promise<HttpUser> {
	const res = await fetch(`${baseUrl}/login`, {
		method: 'POST',
		redirect: 'manual',
		// As a browser's form post: without text/html, SvelteKit answers an action with JSON instead of a redirect.
		headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: who.email, password: who.password })
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? null;
	if (res.status !== 303 || !cookie) throw new Error(`connexion refusée pour ${who.email} : ${res.status}`);
	return { cookie };
}

export function request(
	baseUrl: string,
	user: HttpUser | null,
	path: string,
	init: { method?: string; form?: Record<string, string>; accept?: string } = {}
): Promise<Response> {
	const headers: Record<string, string> = { origin: baseUrl, accept: init.accept ?? 'text/html' };
	if (user?.cookie) headers.cookie = user.cookie;
	if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
	return fetch(baseUrl + path, {
		method: init.method ?? 'GET',
		redirect: 'manual',
		headers,
		body: init.form ? new URLSearchParams(init.form) : undefined
	});
}

/**
 * The role × route matrix, generated from the route tree and the access table: every page, endpoint and form
 * action, for an anonymous visitor, an elected official, a finance officer, an administrator, and a user of
 * another organisation. A new route without a rule is refused to everyone, so this test fails for it.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { accessFor } from '../../src/lib/server/auth/access';
import { can, type Role } from '../../src/lib/server/auth/permissions';
import { listRoutes } from '../helpers/route-tree';
import { DEMO_LOGINS, OTHER_ORG_USER } from './helpers/accounts';
import { request, signInHttp, type HttpUser } from './helpers/http';

const routes = listRoutes();
/** A concrete path for a route id: dynamic segments get the id 1 (a demo row, or a 404 for a permitted user). */
const pathOf = (id: string) => id.replace(/\[[^\]]+\]/g, '1');
const ROLES: Role[] = ['elected', 'finance', 'admin'];

const reads = routes.filter((r) => r.hasPage || r.methods.includes('GET')).map((r) => r.id);
const actions = routes.flatMap((r) => r.actions.map((a) => ({ id: r.id, action: a })));
const writes = routes.flatMap((r) =>
	r.methods.filter((m) => m !== 'GET').map((m) => ({ id: r.id, method: m }))
);

describe('role × route matrix', () => {
	const baseUrl = inject('baseUrl');
	const users: Partial<Record<Role, HttpUser>> = {};

	beforeAll(async () => {
		for (const role of ROLES) users[role] = await signInHttp(baseUrl, DEMO_LOGINS[role]);
	});

	test.each(reads)('GET %s', async (id) => {
		const access = accessFor(id, 'GET', '');
		const anonymous = await request(baseUrl, null, pathOf(id));
		if (access === 'public') expect(anonymous.status).toBeLessThan(400);
		else {
			expect([303, 401]).toContain(anonymous.status);
			if (anonymous.status === 303) expect(anonymous.headers.get('location')).toMatch(/^\/(login|setup)/);
		}
		for (const role of ROLES) {
			const res = await request(baseUrl, users[role] ?? null, pathOf(id));
			const allowed =
				access === 'public' || access === 'authenticated' || (access !== undefined && can(role, access));
			if (allowed) {
				expect([401, 403], `${role} GET ${id}`).not.toContain(res.status);
				expect(res.status, `${role} GET ${id}`).toBeLessThan(500);
			} else expect(res.status, `${role} GET ${id}`).toBe(403);
		}
	});

	test.each(actions)('POST $id ?/$action', async ({ id, action }) => {
		const search = action === 'default' ? '' : `?/${action}`;
		const access = accessFor(id, 'POST', search);
		const anonymous = await request(baseUrl, null, pathOf(id) + search, { method: 'POST', form: {} });
		if (access !== 'public') expect(anonymous.status, `anonyme POST ${id}${search}`).toBe(401);
		// Allowed roles are not sent the action (it would run); refused ones must be stopped before it runs.
		for (const role of ROLES) {
			if (access === 'public' || access === 'authenticated' || (access !== undefined && can(role, access)))
				continue;
			const res = await request(baseUrl, users[role] ?? null, pathOf(id) + search, {
				method: 'POST',
				form: {}
			});
			expect(res.status, `${role} POST ${id}${search}`).toBe(403);
		}
	});

	test.each(writes)('$method $id', async ({ id, method }) => {
		const access = accessFor(id, method, '');
		const anonymous = await request(baseUrl, null, pathOf(id), { method, accept: 'application/json' });
		expect(anonymous.status).toBe(401);
		for (const role of ROLES) {
			if (access !== undefined && access !== 'public' && access !== 'authenticated' && can(role, access))
				continue;
			const res = await request(baseUrl, users[role] ?? null, pathOf(id), {
				method,
				accept: 'application/json'
			});
			expect(res.status, `${role} ${method} ${id}`).toBe(403);
		}
	});

	test('a user of another organisation sees only theirs', async () => {
		const other = await signInHttp(baseUrl, OTHER_ORG_USER);
		const home = await request(baseUrl, other, '/');
		expect(home.status).toBe(200);
		const html = await home.text();
		expect(html).toContain('Autre-Commune');
		expect(html).not.toContain('Saint-Exemple-sur-Loire');
		const imports = await (await request(baseUrl, other, '/imports')).text();
		expect(imports).not.toContain('factures-logiciels-2025');
		const undo = await request(baseUrl, other, '/imports?/undo', { method: 'POST', form: { importId: '1' } });
		expect(undo.status).toBe(404);
		const demoImports = await (await request(baseUrl, users.finance ?? null, '/imports')).text();
		expect(demoImports).toContain('factures-logiciels-2025');
	});

	test('the security headers are set on every page', async () => {
		const res = await request(baseUrl, users.elected ?? null, '/');
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('same-origin');
		expect(res.headers.get('permissions-policy')).toContain('camera=()');
	});

	test('the login page refuses cross-site form posts (CSRF origin check)', async () => {
		const res = await fetch(`${baseUrl}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: 'http://evil.example.com', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: DEMO_LOGINS.admin.email, password: DEMO_LOGINS.admin.password })
		});
		expect(res.status).toBe(403);
	});
});

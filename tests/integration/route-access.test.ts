import { describe, expect, test } from 'vitest';
import { accessFor, actionName, ROUTE_ACCESS } from '../../src/lib/server/auth/access';
import { can, PERMISSIONS, permissionsOf } from '../../src/lib/server/auth/permissions';
import { listRoutes } from '../helpers/route-tree';

const routes = listRoutes();

describe('every route has an access rule', () => {
	test('the route tree was read', () => {
		expect(routes.map((r) => r.id)).toEqual(
			expect.arrayContaining(['/', '/imports', '/login', '/imports/upload'])
		);
	});

	test.each(routes.map((r) => [r.id, r] as const))('%s', (id, route) => {
		const rule = ROUTE_ACCESS[id];
		expect(rule, `ajoutez ${id} à ROUTE_ACCESS`).toBeDefined();
		if (route.hasPage || route.methods.includes('GET')) expect(accessFor(id, 'GET', '')).toBeDefined();
		for (const action of route.actions) {
			const search = action === 'default' ? '' : `?/${action}`;
			expect(accessFor(id, 'POST', search), `action ${action} de ${id}`).toBeDefined();
		}
		for (const method of route.methods.filter((m) => m !== 'GET')) {
			expect(accessFor(id, method, ''), `${method} ${id}`).toBeDefined();
		}
	});

	test('no rule names a route that does not exist', () => {
		const ids = new Set(routes.map((r) => r.id));
		expect(Object.keys(ROUTE_ACCESS).filter((id) => !ids.has(id))).toEqual([]);
	});
});

describe('permissions', () => {
	test.each([
		['elected', 'viewDashboard', true],
		['elected', 'viewRawLines', false],
		['elected', 'importFiles', false],
		['finance', 'importFiles', true],
		['finance', 'manageUsers', false],
		['admin', 'manageUsers', true],
		[null, 'viewDashboard', false]
	] as const)('%s may %s: %s', (role, permission, expected) => {
		expect(can(role, permission)).toBe(expected);
	});

	test('an administrator holds every permission', () => {
		expect(permissionsOf('admin')).toEqual(Object.keys(PERMISSIONS));
	});

	test.each([
		['', 'default'],
		['?/undo', 'undo'],
		['?/confirm&x=1', 'confirm'],
		['?org=a', 'default']
	])('the action of %j is %s', (search, name) => {
		expect(actionName(search)).toBe(name);
	});
});

describe('CLI commands', () => {
	test('every command listed in the help has a permission, checked by the same module', async () => {
		const { COMMAND_PERMISSIONS, HELP } = await import('../../src/lib/server/cli/main');
		const listed = [...HELP.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
		expect(listed.length).toBeGreaterThan(8);
		for (const command of listed) expect(COMMAND_PERMISSIONS[command], command).toBeDefined();
	});
});

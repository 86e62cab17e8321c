import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';

describe('database from the real migrations', () => {
	let t: TestDb;
	beforeEach(() => {
		t = createTestDb();
	});
	afterEach(() => t.close());

	test('creates every table of the model, with foreign keys on', () => {
		const tables = t.db.$client
			.prepare(
				"select name from sqlite_master where type = 'table' and name not like '\\_\\_%' escape '\\' and name not like 'sqlite%'"
			)
			.pluck()
			.all();
		expect(tables).toEqual(
			expect.arrayContaining([
				'organisations',
				'products',
				'imports',
				'licence_lines',
				'usage_facts',
				'usage_aggregates',
				'agents',
				'inventory_lines',
				'budget_lines',
				'column_mappings',
				'scenarios',
				'indicator_snapshots',
				'settings'
			])
		);
		expect(t.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
	});

	test('every row belongs to an organisation: deleting one removes its rows only', () => {
		const a = insertOrg(t.db, 'a', 'A');
		const b = insertOrg(t.db, 'b', 'B');
		const insert = t.db.$client.prepare(
			"insert into products (org_id, name, category) values (?, ?, 'other')"
		);
		insert.run(a, 'Zoom');
		insert.run(b, 'Zoom');
		t.db.$client.prepare('delete from organisations where id = ?').run(a);
		expect(t.db.$client.prepare('select org_id from products').pluck().all()).toEqual([b]);
	});
});

/**
 * Privacy by design, checked on the bytes: after importing every fixture and the demo commune, the database
 * file holds no e-mail address and no name from them; the retention purge removes old raw facts and keeps the
 * aggregates; an agent's data can be exported and erased.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPseudonymiser } from '../../src/lib/server/privacy/pseudonymise';
import {
	eraseAgent,
	exportAgent,
	purgeExpiredUsage,
	setPrivacySettings
} from '../../src/lib/server/services/privacy';
import { importFile } from '../../src/lib/server/services/import-file';
import { createTestDb, FIXTURES_DIR, insertOrg, TEST_KEY, type TestDb } from '../helpers/create-test-db';

const CSV = join(FIXTURES_DIR, 'csv');
const DEMO = join(import.meta.dirname, '..', '..', 'demo');
const files = [
	...readdirSync(CSV)
		.filter((f) => f.endsWith('.csv'))
		.map((f) => join(CSV, f)),
	...readdirSync(DEMO)
		.filter((f) => f.endsWith('.csv'))
		.map((f) => join(DEMO, f))
];

function decode(path: string): string {
	const bytes = readFileSync(path);
	const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	return utf8.includes('\ufffd') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

describe('personal data in the database', () => {
	let t: TestDb;
	let orgId: number;
	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db);
		for (const path of files) await importFile(t.deps, { orgId, path, actor: 'test' });
		t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
	});
	afterAll(() => t.close());

	test('no e-mail address from the imported files is stored', () => {
		const db = readFileSync(t.path).toString('latin1');
		const emails = new Set(files.flatMap((f) => decode(f).match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []));
		expect(emails.size).toBeGreaterThan(400);
		const found = [...emails].filter((e) => db.includes(e) || db.includes(e.toLowerCase()));
		expect(found).toEqual([]);
	});

	test('no first or last name of the staff is stored', () => {
		const db = readFileSync(t.path).toString('utf8');
		// Names from the users exports: Google's First/Last Name columns and Microsoft's Display name.
		const google = decode(join(CSV, 'google-workspace_users-download.csv')).split('\n').slice(1);
		const names = google.flatMap((l) => l.split(',').slice(0, 2)).filter((n) => n.length > 3);
		const microsoft = decode(join(DEMO, '02_ms365_export-utilisateurs_excel-fr_cp1252.csv'))
			.split('\r\n')
			.slice(1, 60)
			.map((l) => l.split(';')[5])
			.filter((n) => n && n.includes(' '));
		expect(names.length + microsoft.length).toBeGreaterThan(50);
		expect([...names, ...microsoft].filter((n) => db.includes(n))).toEqual([]);
	});

	test('agents are stored under keyed pseudonyms that only the instance key reproduces', () => {
		const keys = t.db.$client.prepare('select distinct agent_key from usage_facts').pluck().all() as string[];
		expect(keys.every((k) => /^[0-9a-f]{32}$/.test(k))).toBe(true);
		const p = createPseudonymiser(TEST_KEY);
		expect(keys).toContain(p('marie.dupont@commune-exemple.fr'));
		expect(keys).not.toContain(createPseudonymiser(Buffer.alloc(32, 1))('marie.dupont@commune-exemple.fr'));
	});

	test('an agent’s data can be exported, then erased', () => {
		const key = createPseudonymiser(TEST_KEY)('marie.dupont@commune-exemple.fr');
		const record = exportAgent(t.db, orgId, key);
		expect(record?.usage.length).toBeGreaterThan(0);
		expect(JSON.stringify(record)).not.toContain('@');
		expect(eraseAgent(t.db, orgId, key)).toBeGreaterThan(0);
		expect(exportAgent(t.db, orgId, key)).toBeNull();
	});

	test('the retention purge removes raw facts past the period, keeps the aggregates, and is logged', () => {
		setPrivacySettings(t.db, orgId, { k: 5, retentionMonths: 13 });
		const before = t.db.$client.prepare('select count(*) from usage_aggregates').pluck().get() as number;
		const purged = purgeExpiredUsage(t.db, new Date('2027-01-15T00:00:00Z'));
		expect(purged[0]?.cutoff).toBe('2025-12-15');
		const left = t.db.$client
			.prepare("select count(*) from usage_facts where report_date <> '' and report_date < '2025-12-15'")
			.pluck()
			.get();
		expect(left).toBe(0);
		expect(t.db.$client.prepare('select count(*) from usage_aggregates').pluck().get()).toBe(before);
		const log = t.db.$client
			.prepare("select details from audit_log where action = 'retention.purge'")
			.pluck()
			.all();
		expect(log.length).toBe(1);
	});

	test('k can only be raised, and retention stays within bounds', () => {
		expect(() => setPrivacySettings(t.db, orgId, { k: 3, retentionMonths: 13 })).toThrow(/5/);
		expect(() => setPrivacySettings(t.db, orgId, { k: 5, retentionMonths: 0 })).toThrow(RangeError);
	});
});

/**
 * What the import service promises beyond parsing: all or nothing, duplicates recognised, overlapping files
 * never doubling a figure, undo, dry run, and an interrupted import leaving the database as it was.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { analyseBytes } from '../../src/lib/import';
import { openDb } from '../../src/lib/server/db';
import { importFile, writeBetweenImports } from '../../src/lib/server/services/import-file';
import { undoImport } from '../../src/lib/server/services/undo-import';
import { createTestDb, FIXTURES_DIR, insertOrg, type TestDb } from '../helpers/create-test-db';

const CSV = join(FIXTURES_DIR, 'csv');
const INVOICES = join(CSV, 'finances_factures-logiciels_excel-fr_cp1252.csv');
const ROOT = join(import.meta.dirname, '..', '..');

describe('import service', () => {
	let t: TestDb;
	let orgId: number;
	beforeEach(() => {
		t = createTestDb();
		orgId = insertOrg(t.db);
	});
	afterEach(() => t.close());

	const count = (table: string) =>
		t.db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;
	const totalTtc = () =>
		t.db.$client.prepare('select sum(amount_incl_tax_cents) from licence_lines').pluck().get() as number;

	test('the same file twice is recognised, with the date of the first import', async () => {
		const first = await importFile(t.deps, { orgId, path: INVOICES, actor: 'test' });
		const second = await importFile(t.deps, { orgId, path: INVOICES, actor: 'test' });
		expect(first.status).toBe('imported');
		expect(second.status).toBe('duplicate');
		expect(second.duplicateOf?.id).toBe(first.importId);
		expect(count('licence_lines')).toBe(9);
	});

	test('an overlapping file updates rows instead of doubling them, and says how many were new', async () => {
		await importFile(t.deps, { orgId, path: INVOICES, actor: 'test' });
		const before = totalTtc();
		// The same lines re-saved with one extra blank line: another file (other hash), same rows.
		const copy = join(t.dir, 'factures-bis.csv');
		writeFileSync(copy, Buffer.concat([readFileSync(INVOICES), Buffer.from('\r\n')]));
		const again = await importFile(t.deps, { orgId, path: copy, actor: 'test' });
		expect(again.status).toBe('imported');
		expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 9 });
		expect(totalTtc()).toBe(before);
	});

	test('two imports at once both land: the second waits for the first instead of failing on a locked database', async () => {
		const usage = join(CSV, 'ms365_apps-usage-user-detail_D30_utf8-bom.csv');
		const [a, b, c] = await Promise.all([
			importFile(t.deps, { orgId, path: INVOICES, actor: 'test' }),
			importFile(t.deps, { orgId, path: usage, actor: 'test' }),
			importFile(t.deps, {
				orgId,
				path: join(CSV, 'glpi10_logiciels_export.csv'),
				actor: 'test',
				dryRun: true
			})
		]);
		expect([a.status, b.status, c.status]).toEqual(['imported', 'imported', 'dry-run']);
		expect(count('imports')).toBe(2);
	});

	test('a write of a request during an import waits for its end instead of failing on its lock', async () => {
		const usage = join(CSV, 'ms365_apps-usage-user-detail_D30_utf8-bom.csv');
		let written: Promise<unknown> | undefined;
		const touch = () =>
			t.db.$client.prepare("update organisations set name = name || '' where id = ?").run(orgId);
		const report = await importFile(t.deps, {
			orgId,
			path: usage,
			actor: 'test',
			// Called while the import's transaction is open: written directly, this fails on the lock after 5 s.
			onProgress: () => void (written ??= writeBetweenImports(t.deps.databasePath, touch))
		});
		expect(report.status).toBe('imported');
		expect(written).toBeDefined();
		await expect(written).resolves.toMatchObject({ changes: 1 });
	});

	test('mandats of two years without an exercice column: the same number in both years is two mandats', async () => {
		for (const year of ['2023', '2024']) {
			const path = join(CSV, 'extra', `mandats_${year}_sans-exercice.csv`);
			const report = await importFile(t.deps, { orgId, path, actor: 'test' });
			expect(report.counts).toEqual({ new: 2, updated: 0, unchanged: 0 });
		}
		expect(count('licence_lines')).toBe(4);
	});

	test('a dry run reports everything and writes nothing', async () => {
		const report = await importFile(t.deps, { orgId, path: INVOICES, actor: 'test', dryRun: true });
		expect(report.status).toBe('dry-run');
		expect(report.counts.new).toBe(9);
		expect([count('imports'), count('licence_lines'), count('products')]).toEqual([0, 0, 0]);
	});

	test('a file with one bad line is rejected whole, with the line and column named in French', async () => {
		const bad = join(t.dir, 'factures-erreur.csv');
		const text = readFileSync(INVOICES, 'latin1').replace('1\u00a0094,40', '1\u00a00x4,40');
		writeFileSync(bad, Buffer.from(text, 'latin1'));
		const report = await importFile(t.deps, { orgId, path: bad, actor: 'test' });
		expect(report.status).toBe('rejected');
		expect(report.errors.length).toBeGreaterThan(0);
		expect(report.errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(String) });
		expect(report.errors[0].message).toMatch(/[Ll]igne \d+/);
		expect([count('imports'), count('licence_lines'), count('products')]).toEqual([0, 0, 0]);
	});

	test.each([
		['on the main thread', undefined],
		['on a reader thread', 0]
	])(
		'a Zoom export lists each connection: one fact per agent, dated by the period’s end (read %s)',
		async (_, readerThreadFromBytes) => {
			const zoom = join(ROOT, 'demo', '06_zoom_participants-novembre-2025_utf8-bom.csv');
			const reference = analyseBytes(readFileSync(zoom), { pseudonymise: (s) => s.toLowerCase() });
			const usage = reference.records.filter((r) => r.kind === 'usage');
			const agents = new Set(usage.map((r) => `${r.productName}|${r.agentKey}`));
			expect(agents.size).toBeLessThan(usage.length);
			expect(new Set(usage.map((r) => r.reportDate)).size).toBeGreaterThan(1);

			const report = await importFile(
				{ ...t.deps, readerThreadFromBytes },
				{ orgId, path: zoom, actor: 'test' }
			);
			expect(report.status).toBe('imported');
			expect(report.counts).toEqual({ new: agents.size, updated: 0, unchanged: usage.length - agents.size });
			expect(count('usage_facts')).toBe(agents.size);
			const dates = t.db.$client.prepare('select distinct report_date from usage_facts').pluck().all();
			expect(dates).toEqual([reference.summary?.period?.to]);
		}
	);

	test('DECP in JSON is imported like its CSV flattening, recorded under its own name and hash', async () => {
		const json = join(CSV, 'extra', 'decp-v2_marches-et-concession.json');
		const report = await importFile(t.deps, { orgId, path: json, actor: 'test' });
		expect(report).toMatchObject({ status: 'imported', format: 'decp', rows: 2, delimiter: null });
		expect(report.warnings.map((w) => w.code)).toEqual(['decp-concessions']);
		const row = t.db.$client.prepare('select file_name, sha256 from imports').get() as Record<string, string>;
		expect(row.file_name).toBe('decp-v2_marches-et-concession.json');
		expect(row.sha256).toBe(createHash('sha256').update(readFileSync(json)).digest('hex'));
		expect(t.db.$client.prepare('select sum(amount_excl_tax_cents) from licence_lines').pluck().get()).toBe(
			6216050
		);
		const again = await importFile(t.deps, { orgId, path: json, actor: 'test' });
		expect(again.status).toBe('duplicate');
	});

	test('an Excel "Texte Unicode" file that lost its BOM is read as UTF-16LE', async () => {
		const path = join(CSV, 'extra', 'excel-texte-unicode_utf16le-sans-bom.csv');
		const report = await importFile(t.deps, { orgId, path, actor: 'test' });
		expect(report).toMatchObject({ status: 'imported', encoding: 'utf-16le', delimiter: '\t', rows: 1 });
		expect(t.db.$client.prepare('select label from licence_lines').pluck().get()).toBe('Licence');
	});

	test('a bad DECP JSON contract is named by its number, and nothing is written', async () => {
		const bad = join(t.dir, 'decp.json');
		const contract = { id: 'M1', objet: 'Logiciel', codeCPV: '48000000', dateNotification: '2025-01-01' };
		writeFileSync(
			bad,
			JSON.stringify({
				marches: [
					{ ...contract, montant: 1000 },
					{ ...contract, id: 'M2', montant: 'beaucoup' }
				]
			})
		);
		const report = await importFile(t.deps, { orgId, path: bad, actor: 'test' });
		expect(report.status).toBe('rejected');
		expect(report.errors[0]).toMatchObject({ line: 2, column: 'montant' });
		expect(report.errors[0].message).toMatch(/^Marché n° 2, colonne « montant »/);
		expect([count('imports'), count('licence_lines')]).toEqual([0, 0]);
	});

	test('undo removes what the import brought and keeps its record', async () => {
		const usage = await importFile(t.deps, {
			orgId,
			path: join(CSV, 'ms365_apps-usage-user-detail_D30_utf8-bom.csv'),
			actor: 'test'
		});
		await importFile(t.deps, { orgId, path: INVOICES, actor: 'test' });
		expect(count('usage_aggregates')).toBeGreaterThan(0);
		const result = undoImport(t.db, orgId, usage.importId as number);
		expect(result?.removed).toBe(12);
		expect(count('usage_facts')).toBe(0);
		expect(count('usage_aggregates')).toBe(0);
		expect(count('licence_lines')).toBe(9);
		expect(t.db.$client.prepare('select status from imports where id = ?').pluck().get(usage.importId)).toBe(
			'undone'
		);
		expect(undoImport(t.db, orgId, usage.importId as number)).toBeNull();
	});

	test.each([
		['on the main thread', undefined],
		['on a reader thread', 0]
	])(
		'an import aborted mid-way leaves the database unchanged (read %s)',
		async (_, readerThreadFromBytes) => {
			const big = join(t.dir, 'usage-big.csv');
			execFileSync(process.execPath, [join(ROOT, 'bench', 'gen-usage.mjs'), '20000', '--out', big]);
			const controller = new AbortController();
			const report = await importFile(
				{ ...t.deps, readerThreadFromBytes },
				{
					orgId,
					path: big,
					actor: 'test',
					signal: controller.signal,
					onProgress: (read, total) => {
						if (read > total / 3) controller.abort();
					}
				}
			);
			expect(report.status).toBe('rejected');
			expect(report.errors[0].message).toMatch(/interrompu/);
			expect([count('imports'), count('usage_facts'), count('products'), count('agents')]).toEqual([
				0, 0, 0, 0
			]);
		}
	);

	test('a process killed during an import leaves the database unchanged', async () => {
		const big = join(t.dir, 'usage-kill.csv');
		execFileSync(process.execPath, [join(ROOT, 'bench', 'gen-usage.mjs'), '150000', '--out', big]);
		// The child opens the same database the way cap-libre does: cap-libre.db in its data directory.
		t.db.$client.close();
		copyFileSync(t.path, join(t.dir, 'cap-libre.db'));
		const child = spawn(
			process.execPath,
			// One process (node --import tsx), not the tsx CLI, which would run the import in a grandchild.
			['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'import-and-hang.ts'), t.dir, big],
			{ cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
		);
		await new Promise<void>((resolve, reject) => {
			child.stdout?.on('data', (d: Buffer) =>
				String(d).includes('halfway') ? resolve() : reject(new Error(String(d)))
			);
			child.once('exit', (code) => reject(new Error(`child exited (${code}) before halfway`)));
		});
		child.kill('SIGKILL');
		await new Promise((r) => child.once('exit', r));
		child.stdout?.destroy();
		const after = openDb(join(t.dir, 'cap-libre.db'));
		try {
			const n = (table: string) => after.$client.prepare(`select count(*) from ${table}`).pluck().get();
			expect([n('imports'), n('usage_facts'), n('agents'), n('products')]).toEqual([0, 0, 0, 0]);
		} finally {
			after.$client.close();
			t.db = openDb(t.path);
		}
	});
});

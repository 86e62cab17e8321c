/**
 * Every shipped fixture through importFile into a real database built by the migrations, checked against the
 * figures of tests/fixtures/csv/expected.json (copied from the shared fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/server/services/import-file';
import { createTestDb, FIXTURES_DIR, insertOrg, type TestDb } from '../helpers/create-test-db';

const CSV = join(FIXTURES_DIR, 'csv');
const expected = JSON.parse(readFileSync(join(CSV, 'expected.json'), 'utf8'));
const cents = (euros: string) => Math.round(Number(euros) * 100);

describe.each([
	['on the main thread', undefined],
	['on a reader thread', 0]
])('each fixture imported into a real database, read %s', (_, readerThreadFromBytes) => {
	let t: TestDb;
	let orgId: number;
	const importId: Record<string, number> = {};

	beforeAll(async () => {
		t = createTestDb({ readerThreadFromBytes });
		orgId = insertOrg(t.db);
		for (const file of Object.keys(expected)) {
			const report = await importFile(t.deps, { orgId, path: join(CSV, file), actor: 'test' });
			if (report.importId) importId[file] = report.importId;
		}
	});
	afterAll(() => t.close());

	const one = <T>(sql: string, ...params: unknown[]) => t.db.$client.prepare(sql).get(...params) as T;
	const licences = (file: string) =>
		one<{ n: number; ht: number; tva: number; ttc: number }>(
			`select count(*) n, sum(amount_excl_tax_cents) ht, sum(tax_cents) tva, sum(amount_incl_tax_cents) ttc
			 from licence_lines where import_id = ?`,
			importId[file]
		);
	const byAccount = (file: string, column: string) =>
		Object.fromEntries(
			(
				t.db.$client
					.prepare(`select account, sum(${column}) c from licence_lines where import_id = ? group by account`)
					.all(importId[file]) as { account: string; c: number }[]
			).map((r) => [r.account, r.c])
		);

	test('the accepted files are recorded with their format, encoding and row count', () => {
		const rows = t.db.$client.prepare('select file_name, format, encoding, row_count from imports').all() as {
			file_name: string;
			row_count: number;
		}[];
		expect(rows).toHaveLength(12);
		for (const r of rows) expect(r.row_count).toBe(expected[r.file_name].rows);
	});

	test('Excel fr-FR invoices in cp1252: totals and totals by account to the cent', () => {
		const f = 'finances_factures-logiciels_excel-fr_cp1252.csv';
		const e = expected[f];
		expect(licences(f)).toEqual({
			n: e.rows,
			ht: cents(e.total_ht),
			tva: cents(e.total_tva),
			ttc: cents(e.total_ttc)
		});
		expect(byAccount(f, 'amount_excl_tax_cents')).toEqual(
			Object.fromEntries(Object.entries(e.by_account_ht).map(([k, v]) => [k, cents(v as string)]))
		);
	});

	test('finance-software mandats: title block, total line and footer skipped; totals match the file’s own', () => {
		const f = 'finances_export-mandats_titres-et-total_utf8-bom.csv';
		const e = expected[f];
		const l = licences(f);
		expect([l.n, l.ht, l.ttc]).toEqual([e.rows, cents(e.total_ht), cents(e.total_ttc)]);
		expect(byAccount(f, 'amount_incl_tax_cents')).toEqual(
			Object.fromEntries(Object.entries(e.by_account_ttc).map(([k, v]) => [k, cents(v as string)]))
		);
		expect(
			one<{ n: number }>('select skipped_count n from imports where id = ?', importId[f]).n
		).toBeGreaterThanOrEqual(7);
	});

	test('DECP contracts: the sum of amounts excl. VAT', () => {
		const f = 'decp-v2_marches-logiciels_aplati.csv';
		expect(licences(f).ht).toBe(cents(expected[f].sum_montant_ht));
	});

	test('subscribed SKUs: paid seats consumed / prepaid, free and viral SKUs excluded', () => {
		const f = 'ms365_subscribedskus_powershell51-export-csv.csv';
		const e = expected[f];
		const paid = one<{ consumed: number; prepaid: number }>(
			'select sum(seats_assigned) consumed, sum(seats) prepaid from licence_lines where import_id = ? and excluded = 0',
			importId[f]
		);
		expect(paid).toEqual({ consumed: e.paid_skus_consumed, prepaid: e.paid_skus_prepaid_enabled });
		const excluded = t.db.$client
			.prepare('select sku from licence_lines where import_id = ? and excluded = 1 order by sku')
			.pluck()
			.all(importId[f]);
		expect(excluded).toEqual(e.free_or_viral_skus);
	});

	test('GLPI: installations summed, quotes kept as GLPI wrote them, multi-values split', () => {
		const f = 'glpi10_logiciels_export.csv';
		const e = expected[f];
		const inv = one<{ n: number; installs: number }>(
			'select count(*) n, sum(installations) installs from inventory_lines where import_id = ?',
			importId[f]
		);
		expect(inv).toEqual({ n: e.rows, installs: e.sum_installations });
		const names = t.db.$client
			.prepare('select name from inventory_lines where import_id = ?')
			.pluck()
			.all(importId[f]);
		expect(names).toContain(e.name_row5);
		const firefox = one<{ versions: string }>(
			"select versions from inventory_lines where name = 'Mozilla Firefox'"
		);
		expect(firefox.versions).toBe('128.6.0esr | 134.0.2');
		expect(one<{ n: number }>("select count(*) n from inventory_lines where versions like '%<br>%'").n).toBe(
			0
		);
	});

	test.each([
		['ms365_apps-usage-user-detail_D30_utf8-bom.csv', 'distinct_users'],
		['ms365_email-activity-user-detail_D7_iso-datetime.csv', 'rows'],
		['ms365_teams-user-activity-user-detail_D7.csv', 'rows'],
		['google-workspace_users-download.csv', 'rows']
	])('%s: one pseudonymous agent per user', (f, key) => {
		const n = one<{ n: number }>(
			'select count(distinct agent_key) n from usage_facts where import_id = ?',
			importId[f]
		).n;
		expect(n).toBe(expected[f][key]);
	});

	test('usage report dates are normalised, ISO date-times included', () => {
		const dates = t.db.$client
			.prepare('select distinct report_date from usage_facts where import_id in (?, ?)')
			.pluck()
			.all(
				importId['ms365_apps-usage-user-detail_D30_utf8-bom.csv'],
				importId['ms365_email-activity-user-detail_D7_iso-datetime.csv']
			);
		expect(dates).toEqual(['2025-01-28']);
	});

	test('Teams: licensed users counted from the Yes/No column', () => {
		const f = 'ms365_teams-user-activity-user-detail_D7.csv';
		expect(
			one<{ n: number }>('select sum(licensed) n from usage_facts where import_id = ?', importId[f]).n
		).toBe(expected[f].is_licensed_yes);
	});

	test('Google Workspace: "Never logged in" is no activity date', () => {
		const f = 'google-workspace_users-download.csv';
		const e = expected[f];
		const n = one<{ dated: number }>(
			'select count(last_activity_date) dated from usage_facts where import_id = ?',
			importId[f]
		);
		expect(n.dated).toBe(e.rows - e.never_logged_in);
	});

	test('Adobe: seats per product configuration', () => {
		const f = 'adobe_admin-console-users.csv';
		const rows = t.db.$client
			.prepare(
				`select count(distinct f.agent_key) n from usage_facts f join products p on p.id = f.product_id
				 where f.import_id = ? group by p.name order by n desc`
			)
			.pluck()
			.all(importId[f]);
		expect(rows).toEqual(Object.values(expected[f].product_configuration_counts));
	});

	test('concealed M365 names: rows still counted per product, flagged in the import log', () => {
		const f = 'ms365_active-user-detail_concealed-names.csv';
		const log = JSON.parse(one<{ log: string }>('select log from imports where id = ?', importId[f]).log);
		expect(log.concealedNames).toBe(true);
		const n = one<{ n: number }>('select count(*) n from usage_facts where import_id = ?', importId[f]).n;
		expect(n).toBe(
			Object.values(expected[f].assigned_products_counts as Record<string, number>).reduce((a, b) => a + b, 0)
		);
	});

	test('the header-only report is accepted with no row', () => {
		expect(
			one<{ row_count: number }>(
				"select row_count from imports where file_name = 'ms365_email-activity_entete-seul.csv'"
			).row_count
		).toBe(0);
	});

	test.each([
		['vide.csv', /vide/i],
		['invalide_xlsx-renomme-en-csv.csv', /enregistrez/i]
	])('%s is rejected with a French message and nothing is written', async (f, message) => {
		const before = one<{ n: number }>('select count(*) n from imports').n;
		const report = await importFile(t.deps, { orgId, path: join(CSV, f), actor: 'test' });
		expect(report.status).toBe('rejected');
		expect(report.errors[0].message).toMatch(message);
		expect(one<{ n: number }>('select count(*) n from imports').n).toBe(before);
	});
});

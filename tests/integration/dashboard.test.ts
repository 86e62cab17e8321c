/**
 * The dashboard service on the demo commune: every demo CSV imported through importFile into a real database,
 * then the key figures checked against demo/expected.json.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDashboard } from '../../src/lib/server/services/dashboard';
import { getInventory } from '../../src/lib/server/services/inventory';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';
import { importDemo, readDemoExpected } from '../helpers/import-demo';

const expected = readDemoExpected();
const files = expected.files;
const labels = { unknownVendor: 'Éditeur non renseigné', unclassified: 'Non classé', others: 'Autres' };

describe('dashboard of the demo commune', () => {
	let t: TestDb;
	let orgId: number;

	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db, 'saint-exemple', 'Saint-Exemple-sur-Loire');
		await importDemo(t, orgId);
	}, 60_000);
	afterAll(() => t.close());

	const dashboard = () => getDashboard(t.db, orgId, { labels, today: '2026-01-15' });

	test('annual spend is the 2025 invoices’ TTC total, credit note deducted', () => {
		const d = dashboard();
		const invoices = files['01_factures-logiciels-2025_excel-fr_cp1252.csv'];
		expect(d.current).toMatchObject({ year: 2025, basis: 'invoice', totalCents: invoices.totalTtcCents });
		expect(d.current?.lines).toBe(invoices.rows);
		expect(d.previous).toBeNull();
	});

	test('spend by licence model adds up to the total', () => {
		const c = dashboard().current;
		expect(c && c.proprietaryCents + c.openSourceCents + c.unclassifiedCents).toBe(c?.totalCents);
		expect(c?.proprietaryCents).toBeGreaterThan(0);
	});

	test('unused seats are the inventory’s paid − used, costed at the year’s seat price', () => {
		const d = dashboard();
		const products = getInventory(t.db, orgId, 2025).products.filter(
			(p) => p.seats.paid && p.seats.unused !== null
		);
		expect(d.unused.seats).toBe(products.reduce((n, p) => n + (p.seats.unused ?? 0), 0));
		const bs = d.unused.products.find((p) => p.name === 'Microsoft 365 Business Standard');
		expect(bs?.paid).toBe(expected.crossChecks.microsoft365.businessStandard.paidSeats);
		expect(bs?.costCents).toBe(Math.round(((bs?.unused ?? 0) * 5_745_600) / 380));
	});

	test('the trend of unused seats: inactive Apps users of the June and December reports', () => {
		const apps = (name: string) => files[name];
		expect(dashboard().unused.trend).toEqual({
			previous: apps('03_ms365_apps-usage-user-detail_D30_2025-06-01_utf8-bom.csv').inactiveUsers,
			current: apps('04_ms365_apps-usage-user-detail_D30_2025-12-01_utf8-bom.csv').inactiveUsers,
			since: '2025-06-01',
			latest: '2025-12-01'
		});
	});

	test('savings: the selected scenario starts the year after the spend; the Acrobat credit note is realised', () => {
		const s = dashboard().savings;
		const acrobat =
			files['01_factures-logiciels-2025_excel-fr_cp1252.csv'].seatsByProduct['Adobe Acrobat Pro'];
		const bought = acrobat.lines[0].quantity;
		expect(s?.startYear).toBe(2026);
		expect(s?.projectedToDateCents).toBe(0);
		expect(s?.cancelledSeats).toBe(bought - acrobat.seats);
		expect(s?.realisedToDateCents).toBe((bought - acrobat.seats) * Math.round(921_139 / bought));
	});

	test('sovereignty score and open-source share come with their coverage', () => {
		const d = dashboard();
		expect(d.sovereignty.value).toBeGreaterThanOrEqual(0);
		expect(d.sovereignty.value).toBeLessThanOrEqual(100);
		expect(d.openSource.coverage).toBeGreaterThan(0);
		expect(d.latestReportDate).toBe('2025-12-01');
	});

	test('never reads raw usage facts: the figures survive their purge', () => {
		const before = dashboard();
		t.db.$client.exec('create temp table facts_backup as select * from usage_facts; delete from usage_facts');
		try {
			// Another day is another cache key: the figures are computed again, without the facts.
			const after = getDashboard(t.db, orgId, { labels, today: '2026-01-16' });
			expect(after.unused).toEqual(before.unused);
			expect(after.savings).toEqual(before.savings);
		} finally {
			t.db.$client.exec('insert into usage_facts select * from facts_backup; drop table facts_backup');
		}
	});
});

describe('memoised dashboard', () => {
	let t: TestDb;
	let orgId: number;

	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db);
		await importDemo(t, orgId);
	}, 60_000);
	afterAll(() => t.close());

	test('a new import changes the figures at once; an unchanged database gives the same figures back', () => {
		const read = () => getDashboard(t.db, orgId, { labels, today: '2026-01-15' });
		read(); // the first reading creates the scenario templates: a data change of its own
		const first = read();
		expect(read().current).toBe(first.current);
		const importId = t.db.$client
			.prepare(
				`insert into imports (org_id, file_name, sha256, byte_size, format, encoding, delimiter, header_line, row_count, imported_by)
				 values (?, 'avenant.csv', 'x', 1, 'invoice-lines', 'utf-8', ';', 1, 1, 'test') returning id`
			)
			.pluck()
			.get(orgId);
		t.db.$client
			.prepare(
				`insert into licence_lines (org_id, import_id, row_key, source_kind, label, amount_incl_tax_cents, date)
				 values (?, ?, 'avenant', 'invoice', 'Avenant', 12300, '2025-06-30')`
			)
			.run(orgId, importId);
		expect(read().current?.totalCents).toBe((first.current?.totalCents ?? 0) + 12_300);
	});
});

describe('peer comparison', () => {
	let t: TestDb;

	beforeAll(() => {
		t = createTestDb();
	});
	afterAll(() => t.close());

	function addOrg(i: number, cents: number): number {
		const id = insertOrg(t.db, `commune-${i}`, `Commune ${i}`);
		t.db.$client.prepare('update organisations set agent_count = 100 where id = ?').run(id);
		t.db.$client
			.prepare(
				`insert into licence_lines (org_id, row_key, source_kind, label, amount_incl_tax_cents, date)
				 values (?, ?, 'invoice', 'Licence', ?, '2025-03-01')`
			)
			.run(id, `k${i}`, cents);
		return id;
	}

	test.each([
		[4, false],
		[5, true]
	])('with %s peers the comparison is shown: %s', (peers, available) => {
		const own = addOrg(100 + peers, 1_000_000);
		const ids = Array.from({ length: peers }, (_, i) => addOrg(peers * 10 + i, (i + 1) * 100_000));
		const d = getDashboard(t.db, own, { labels, today: '2026-01-15', comparePeers: true });
		expect(d.peers?.spendPerAgent.available).toBe(available);
		if (d.peers?.spendPerAgent.available) {
			expect(d.peers.spendPerAgent.own).toBe(10_000);
			expect(d.peers.spendPerAgent.peers).toBeGreaterThanOrEqual(5);
		}
		t.db.$client.exec(`delete from organisations where id in (${[own, ...ids].join(',')})`);
	});
});

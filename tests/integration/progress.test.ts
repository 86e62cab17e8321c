/**
 * Progress of the demo commune's plan, computed from its dated imports: the June and December Microsoft 365
 * Apps reports, the invoices and the credit note; per-service figures suppressed below k for elected officials.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getProgress } from '../../src/lib/server/services/progress';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';
import { importDemo, readDemoExpected } from '../helpers/import-demo';

const files = readDemoExpected().files;
const june = files['03_ms365_apps-usage-user-detail_D30_2025-06-01_utf8-bom.csv'];
const december = files['04_ms365_apps-usage-user-detail_D30_2025-12-01_utf8-bom.csv'];

describe('progress of the demo commune', () => {
	let t: TestDb;
	let orgId: number;

	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db, 'saint-exemple', 'Saint-Exemple-sur-Loire');
		await importDemo(t, orgId);
	}, 60_000);
	afterAll(() => t.close());

	const progress = (suppressSmallGroups: boolean) =>
		getProgress(t.db, orgId, { today: '2026-01-15', suppressSmallGroups });

	test('the plan is the selected scenario, year 1 the year after the imported spend', () => {
		const p = progress(true);
		expect(p.plan?.startYear).toBe(2026);
		expect(p.plan?.waves.length).toBe(p.plan?.horizonYears);
		expect(p.reportDates).toEqual(['2025-06-01', '2025-11-28', '2025-12-01']);
	});

	test('office suite: Apps active users fall from June to December, measured as a realised switch', () => {
		const office = progress(true).families.find((f) => f.family === 'office-suite');
		expect(office?.measurable).toBe(true);
		const i = office?.timeline.dates.indexOf('2025-12-01') ?? -1;
		expect(office?.timeline.proprietaryActive[0]).toBe(june.activeUsers);
		expect(office?.timeline.proprietaryActive[i]).toBe(december.activeUsers);
		expect(office?.latest).toEqual({
			date: '2025-12-01',
			planned: 0,
			realised: june.activeUsers - december.activeUsers
		});
		expect(office?.status).toBe('ahead');
		expect(office?.installations?.openSource).toBe(
			files['08_glpi10_logiciels_export.csv'].installationsByName.LibreOffice
		);
	});

	test('the plan’s first milestone is on the office-suite timeline', () => {
		const office = progress(true).families.find((f) => f.family === 'office-suite');
		const i = office?.timeline.dates.indexOf('2026-01-01') ?? -1;
		expect(i).toBeGreaterThan(0);
		expect(office?.timeline.planned[i]).toBeCloseTo(office?.plan?.years[0].plannedSeats ?? NaN);
	});

	test('the pilot service’s active users, per service', () => {
		const pilot = december.pilotService;
		const row = progress(false)
			.families.find((f) => f.family === 'office-suite')
			?.services.find((s) => s.service === pilot.service);
		expect(row).toMatchObject({
			suppressed: false,
			firstActive: june.pilotService.activeUsers,
			latestActive: pilot.activeUsers
		});
	});

	test.each([
		[true, true],
		[false, false]
	])('suppressing small groups = %s hides a figure about fewer than k agents: %s', (suppress, hides) => {
		const p = progress(suppress);
		const rows = p.families.flatMap((f) => f.services);
		expect(rows.length).toBeGreaterThan(0);
		const small = rows.filter((r) => r.suppressed);
		expect(small.length > 0).toBe(hides);
		for (const r of rows.filter((row) => !row.suppressed)) {
			if (suppress) expect(r.agents).toBeGreaterThanOrEqual(p.k);
		}
		for (const r of small)
			expect([r.agents, r.firstActive, r.latestActive, r.realisedShare]).toEqual([null, null, null, null]);
	});

	test('the Acrobat credit note shows as cancelled licences, dated', () => {
		const p = progress(true);
		const acrobat =
			files['01_factures-logiciels-2025_excel-fr_cp1252.csv'].seatsByProduct['Adobe Acrobat Pro'];
		expect(p.cancelled).toEqual([
			expect.objectContaining({
				baselineSeats: acrobat.lines[0].quantity,
				latestSeats: acrobat.seats,
				cancelledSeats: acrobat.lines[0].quantity - acrobat.seats
			})
		]);
		expect(p.seatChanges[0]).toMatchObject({ date: '2025-05-20', change: -2 });
	});

	test('savings: nothing projected before the plan, the credit note realised in 2025', () => {
		const s = progress(true).savings;
		expect(s?.years[0]).toMatchObject({ year: 2025, projectedCents: 0 });
		expect(s?.years[0].realisedCents).toBeGreaterThan(0);
		expect(s?.years.slice(1).map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
		expect(s?.realisedToDateCents).toBe(s?.years[0].realisedCents);
	});
});

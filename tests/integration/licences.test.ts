/**
 * The finance officers' detail page on the demo commune: spend breakdowns, lines traced to their file and
 * line, seats, renewals, and the CSV downloads.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/domain/csv-export';
import { toCsvTable } from '../../src/lib/domain/dashboard/table-spec';
import { fr } from '../../src/lib/i18n/fr';
import { LICENCE_TABLE_IDS } from '../../src/lib/server/services/licence-tables';
import { getLicenceDetail, getLicenceTable, LINES_PAGE_SIZE } from '../../src/lib/server/services/licences';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';
import { importDemo, readDemoExpected } from '../helpers/import-demo';

const files = readDemoExpected().files;
const invoices = files['01_factures-logiciels-2025_excel-fr_cp1252.csv'];
const mandats = files['09_finances_export-mandats-2025_utf8-bom.csv'];
const m = fr.licences;
const sum = (rows: (string | number | null)[][], col: number) => rows.reduce((n, r) => n + Number(r[col]), 0);

describe('licence detail of the demo commune', () => {
	let t: TestDb;
	let orgId: number;

	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db, 'saint-exemple', 'Saint-Exemple-sur-Loire');
		await importDemo(t, orgId);
	}, 60_000);
	afterAll(() => t.close());

	const detail = (today = '2025-12-01', page = 1) => getLicenceDetail(t.db, orgId, { m, today, page });

	test.each(['vendor', 'product', 'year'] as const)(
		'spend by %s adds up to the invoices’ TTC total',
		(id) => {
			expect(sum(detail().tables[id].rows, 1)).toBe(invoices.totalTtcCents);
		}
	);

	test('the service breakdown comes from the mandats when invoices name no service', () => {
		const d = detail();
		expect(d.serviceBasis).toBe('accounting');
		expect(sum(d.tables.service.rows, 1)).toBe(mandats.totalTtcCents);
	});

	test('lines are paged, each with its source file and line', () => {
		const first = detail();
		expect(first.lineCount).toBe(invoices.rows + mandats.rows);
		expect(first.tables.lines.rows).toHaveLength(LINES_PAGE_SIZE);
		const second = detail('2025-12-01', 2);
		expect(second.tables.lines.rows).toHaveLength(first.lineCount - LINES_PAGE_SIZE);
		const fileCol = first.tables.lines.columns.findIndex((c) => c.label === m.file);
		const lineCol = first.tables.lines.columns.findIndex((c) => c.label === m.fileLine);
		for (const row of [...first.tables.lines.rows, ...second.tables.lines.rows]) {
			expect(row[fileCol]).toMatch(/^0[19]_.*\.csv$/);
			expect(row[lineCol]).toBeGreaterThan(0);
		}
	});

	test('seats paid vs used per product link to the product page', () => {
		const seats = detail().tables.seats;
		const i = seats.rows.findIndex((r) => r[0] === 'Microsoft 365 Business Standard');
		expect(seats.rows[i][1]).toBe(380);
		expect(seats.links?.[i]).toMatch(/^\/produits\/\d+$/);
		expect(detail().tables['seats-by-service'].rows.length).toBeGreaterThan(0);
	});

	test.each([
		['2025-12-01', 'Microsoft 365 Business Standard', '2025-12-31', ''],
		['2026-11-29', 'Microsoft 365 Business Standard', '2026-12-31', m.yes]
	])('on %s, %s renews on %s (presumed: %j)', (today, product, date, presumed) => {
		const row = detail(today).tables.renewals.rows.find((r) => r[0] === product);
		expect(row?.[2]).toBe(date);
		expect(row?.[3]).toBe(presumed);
		expect(row?.[7]).toBe(invoices.seatsByProduct[product].htCents * 1.2);
	});

	test('the credit note lowers the Acrobat amount at stake', () => {
		const row = detail('2026-01-01').tables.renewals.rows.find((r) => r[0] === 'Adobe Acrobat');
		expect(row?.[7]).toBe(921_139 - 47_976);
	});

	test.each(LICENCE_TABLE_IDS.map((id) => [id]))('table %s downloads as CSV for Excel and UTF-8', (id) => {
		const spec = getLicenceTable(t.db, orgId, id, { m, today: '2025-12-01' });
		for (const variant of ['excel', 'plain'] as const) {
			const { columns, rows } = toCsvTable(spec, variant);
			const text = toCsv(columns, rows, variant);
			expect(text.split('\r\n').length).toBe(spec.rows.length + 2);
			expect(text.startsWith('\ufeff')).toBe(variant === 'excel');
		}
	});

	test('the lines download holds every line of the year, not one page', () => {
		const spec = getLicenceTable(t.db, orgId, 'lines', { m, today: '2025-12-01' });
		expect(spec.rows).toHaveLength(invoices.rows + mandats.rows);
	});
});

/**
 * CSV exports read back by the importer: the /licences lines export (Excel fr-FR variant) and the CSV a data
 * table's download button builds both give the same amounts once imported with a column mapping; cells a
 * spreadsheet would run as formulas are neutralised.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTableCsv } from '../../src/lib/components/csv-download';
import { toCsv } from '../../src/lib/domain/csv-export';
import { toCsvTable } from '../../src/lib/domain/dashboard/table-spec';
import type { CustomMapping } from '../../src/lib/import';
import { getMessages } from '../../src/lib/i18n';
import { buildReportData } from '../../src/lib/server/reports/report-data';
import { importFile } from '../../src/lib/server/services/import-file';
import { getLicenceTable } from '../../src/lib/server/services/licences';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';
import { DEMO_DIR, readDemoExpected } from '../helpers/import-demo';

const INVOICES = '01_factures-logiciels-2025_excel-fr_cp1252.csv';
const m = getMessages('fr');
const l = m.licences;

let t: TestDb;
let source: number;

function totals(orgId: number) {
	return t.db.$client
		.prepare(
			`select count(*) as lines, sum(amount_incl_tax_cents) as ttc, sum(amount_excl_tax_cents) as ht,
			 sum(seats) as seats from licence_lines where org_id = ? and excluded = 0`
		)
		.get(orgId) as { lines: number; ttc: number; ht: number; seats: number };
}

async function importMapped(slug: string, file: string, text: string, mapping: CustomMapping) {
	const orgId = insertOrg(t.db, slug, slug);
	const path = join(t.dir, file);
	writeFileSync(path, text, 'utf8');
	const report = await importFile(t.deps, { orgId, path, actor: 'test', mapping });
	expect(report.status, JSON.stringify(report.errors.slice(0, 3))).toBe('imported');
	return orgId;
}

beforeAll(async () => {
	t = createTestDb();
	source = insertOrg(t.db, 'source', 'Source');
	const report = await importFile(t.deps, { orgId: source, path: join(DEMO_DIR, INVOICES), actor: 'test' });
	expect(report.status).toBe('imported');
}, 60_000);

afterAll(async () => t?.close());

describe('CSV export → importer round trip', () => {
	test('the licence lines exported for Excel fr-FR import back with the same totals', async () => {
		const spec = getLicenceTable(t.db, source, 'lines', { m: l, today: '2026-11-29' });
		const { columns, rows } = toCsvTable(spec, 'excel');
		const csv = toCsv(columns, rows, 'excel');
		expect(csv.startsWith('\ufeff')).toBe(true);
		expect(csv.split('\r\n')[0]).toContain(`${l.product};${l.date};`);
		const copy = await importMapped('copie', 'lignes-excel.csv', csv, {
			kind: 'custom',
			target: 'licence',
			columns: {
				productName: l.product,
				date: l.date,
				supplier: l.supplier,
				service: l.service,
				account: l.account,
				seats: l.seats,
				amountExclTax: l.amountHt,
				amountInclTax: l.amount,
				termStart: l.termStart,
				termEnd: l.termEnd
			}
		});
		const before = totals(source);
		expect(before.ttc).toBe(readDemoExpected().files[INVOICES].totalTtcCents);
		expect(totals(copy)).toEqual(before);
	});

	test('a data table downloaded as Excel CSV (the report’s spend table) imports back to the same amounts', async () => {
		const data = buildReportData(t.db, source, {
			lang: 'fr',
			authorRole: 'finance',
			now: new Date('2026-11-29')
		});
		const block = data.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table');
		if (block?.kind !== 'table') throw new Error('tableau des dépenses introuvable');
		const table = { caption: block.caption, columns: block.columns.map((c) => c.label), rows: block.rows };
		const csv = buildTableCsv(table, (i) => block.columns[i]?.align === 'right', 'excel');
		expect(csv).toMatch(/;57456;380;/);
		const copy = await importMapped('tableau', 'tableau-excel.csv', csv, {
			kind: 'custom',
			target: 'licence',
			columns: { productName: block.columns[0].label, amountInclTax: block.columns[2].label }
		});
		expect(totals(copy).ttc).toBe(
			t.db.$client
				.prepare(
					'select sum(amount_incl_tax_cents) as n from licence_lines where org_id = ? and excluded = 0'
				)
				.pluck()
				.get(source)
		);
	});
});

describe('CSV injection', () => {
	const hostile = ['=HYPERLINK("http://x";"clic")', '+33 1 23', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

	test.each(['excel', 'plain'] as const)(
		'imported text that looks like a formula is neutralised (%s)',
		async (variant) => {
			const path = join(t.dir, `formules-${variant}.csv`);
			writeFileSync(
				path,
				[
					'Fournisseur;N° facture;Date facture;Logiciel / prestation;Compte (M57);Montant HT;TVA;Montant TTC',
					...hostile.map(
						(name, i) =>
							`Éditeur;F-${i};15/03/2025;"${name.replace(/"/g, '""')} ${i}";6156;100,00 €;20,00 €;120,00 €`
					)
				].join('\r\n'),
				'utf8'
			);
			const orgId = insertOrg(t.db, `formules-${variant}`, 'Formules');
			const report = await importFile(t.deps, { orgId, path, actor: 'test' });
			expect(report.status).toBe('imported');
			const spec = getLicenceTable(t.db, orgId, 'lines', { m: l, today: '2026-11-29' });
			const { columns, rows } = toCsvTable(spec, variant);
			const csv = toCsv(columns, rows, variant);
			const cells = csv.split(/[;,\r\n]/);
			for (const cell of cells.map((c) => c.replace(/^"/, ''))) expect(cell).not.toMatch(/^[=+\-@\t]/);
			expect(csv).toContain(`'=HYPERLINK`);
			expect(csv).toContain(`'@SUM(A1)`);
			// Amounts stay numbers, not text.
			expect(csv).toMatch(variant === 'excel' ? /;120;/ : /,120,/);
		}
	);

	test('a downloaded data table neutralises formula-like text but keeps negative amounts as numbers', () => {
		const csv = buildTableCsv(
			{
				caption: 'Produits',
				columns: ['Produit', 'Montant'],
				rows: [
					['=1+1', '-1\u202f200,50\u00a0€'],
					['-rm', '—']
				]
			},
			(i) => i === 1,
			'excel'
		);
		expect(csv).toBe("\ufeffProduit;Montant\r\n'=1+1;-1200,5\r\n'-rm;—\r\n");
	});
});

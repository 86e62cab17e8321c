import { describe, expect, test } from 'vitest';
import { detectFormat, type FormatProfile } from './formats/index';
import type { ImportRecord, LicenceRecord, UsageRecord } from './types';
import { createRowProcessor, type RowProcessor } from './validate';

const ctx = { pseudonymise: (id: string) => `k-${id.length}-${id.charCodeAt(0)}` };

function processorFor(header: string[], sampleRows: string[][] = []): RowProcessor {
	const format = detectFormat(header);
	if (!format) throw new Error('format inconnu');
	return createRowProcessor({
		format: format satisfies FormatProfile,
		header,
		headerLine: 1,
		sampleRows,
		ctx
	});
}

function pushAll(p: RowProcessor, rows: string[][], firstLine = 2): ImportRecord[] {
	return rows.flatMap((cells, k) => p.push(cells, firstLine + k));
}

const INVOICE = ['Fournisseur', 'N° facture', 'Date facture', 'Désignation', 'Montant HT'];

describe('row errors', () => {
	test('a bad row gives a French error naming line and column, no record, and processing continues', () => {
		const p = processorFor(INVOICE);
		const records = pushAll(p, [
			['A', 'F1', '15/01/2024', 'Licence', '12,3,4'],
			['A', 'F2', '15/01/2024', 'Licence', '10,00 €']
		]);
		const s = p.finish();
		expect(records).toHaveLength(1);
		expect(s.rows).toBe(1);
		expect(s.errorRows).toBe(1);
		expect(s.errors).toEqual([
			{
				line: 2,
				column: 'Montant HT',
				code: 'invalid-money',
				message:
					'Ligne 2, colonne « Montant HT » : « 12,3,4 » n’est pas un montant valide (attendu : 1 234,56 €).'
			}
		]);
	});

	test.each([
		['an e-mail', 'jean.dupont@commune-exemple.fr'],
		['a name', 'Dupont'],
		['a long text', 'x'.repeat(60) + '1']
	])('a bad value that could identify someone (%s) is never quoted', (_label, value) => {
		const p = processorFor(INVOICE);
		p.push(['A', 'F1', '15/01/2024', 'Licence', value], 2);
		const [error] = p.finish().errors;
		expect(error.message).toContain('la valeur n’est pas un montant valide');
		expect(error.message).not.toContain(value);
	});

	test('an empty agent identifier is an error that does not repeat any identifier', () => {
		const p = processorFor([
			'Report Refresh Date',
			'User Principal Name',
			'Send Count',
			'Receive Count',
			'Report Period'
		]);
		p.push(['2025-01-28', '', '1', '2', '7'], 2);
		expect(p.finish().errors[0].message).toBe(
			'Ligne 2, colonne « User Principal Name » : l’identifiant de l’agent est vide.'
		);
	});

	test('errors are capped and a last message counts the others', () => {
		const p = processorFor(INVOICE);
		for (let i = 0; i < 1500; i++) p.push(['A', `F${i}`, '15/01/2024', 'Licence', 'n/a'], i + 2);
		const s = p.finish();
		expect(s.errorRows).toBe(1500);
		expect(s.errors).toHaveLength(1001);
		expect(s.errors[1000].message).toContain('500 autres erreurs');
	});
});

describe('line classification inside the processor', () => {
	test('blank, separator, total, footer and repeated header lines are skipped and reported', () => {
		const p = processorFor(INVOICE);
		const records = pushAll(p, [
			['A', 'F1', '15/01/2024', 'Licence', '10,00 €'],
			[''],
			['', '', '', '', ''],
			INVOICE,
			['', '', '', 'Total HT', '10,00 €'],
			['Nombre de factures : 1']
		]);
		const s = p.finish();
		expect(records).toHaveLength(1);
		expect(s.skipped).toEqual([
			{ line: 3, reason: 'blank' },
			{ line: 4, reason: 'separators' },
			{ line: 5, reason: 'table-header' },
			{ line: 6, reason: 'total' },
			{ line: 7, reason: 'footer' }
		]);
	});

	test('a header-only file is valid: 0 rows and a warning', () => {
		const s = processorFor(INVOICE).finish();
		expect(s.rows).toBe(0);
		expect(s.errors).toEqual([]);
		expect(s.warnings.map((w) => w.code)).toEqual(['no-data']);
		expect(s.warnings[0].message).toContain('aucune ligne');
	});
});

describe('per-column decisions from the sample rows', () => {
	test('a column whose sample shows 13/01 reads 01/02 as 1 February', () => {
		const sample = [['A', 'F1', '13/01/2024', 'Licence', '1,00']];
		const p = processorFor(INVOICE, sample);
		const [r] = pushAll(p, [['A', 'F2', '01/02/2024', 'Licence', '1,00']]) as LicenceRecord[];
		expect(r.date).toBe('2024-02-01');
	});

	test('a Zoom file switches to the participant table and reads its US dates', () => {
		const meeting = [
			'Meeting ID',
			'Topic',
			'Start Time',
			'End Time',
			'User Email',
			'Duration (Minutes)',
			'Participants'
		];
		const participants = [
			'Name (Original Name)',
			'User Email',
			'Join Time',
			'Leave Time',
			'Duration (Minutes)',
			'Guest'
		];
		const rows = [
			['812 3456 7890', 'Réunion', '10/05/2026 05:55:00 PM', '10/05/2026 07:00:00 PM', 'h@x.fr', '65', '2'],
			[''],
			participants,
			['Hôte', 'h@x.fr', '10/05/2026 05:55:00 PM', '10/05/2026 07:00:00 PM', '65', 'No'],
			['Invité', 'g@y.org', '10/05/2026 06:00:00 PM', '10/05/2026 06:30:00 PM', '30', 'Yes']
		];
		const p = processorFor(meeting, rows);
		const records = pushAll(p, rows) as UsageRecord[];
		const s = p.finish();
		expect(records).toHaveLength(1);
		expect(records[0]).toMatchObject({
			productName: 'Zoom',
			reportDate: '2026-10-05',
			activityCount: 65,
			active: true
		});
		expect(s.skipped).toEqual([
			{ line: 3, reason: 'blank' },
			{ line: 4, reason: 'table-header' }
		]);
		expect(s.rows).toBe(3);
	});
});

describe('concealed names and keys', () => {
	const header = [
		'Report Refresh Date',
		'User Principal Name',
		'Send Count',
		'Receive Count',
		'Report Period'
	];

	test.each([
		[['0439A166C614C2E8C7B4075DC4752054', '113BFCA2D715D00C0F92C327BAF6A673'], true],
		[['0439A166C614C2E8C7B4075DC4752054', 'a.b@commune-exemple.fr'], false],
		[['a.b@commune-exemple.fr'], false]
	])('identifiers %j → concealedNames %s', (ids, concealed) => {
		const p = processorFor(header);
		const records = pushAll(
			p,
			ids.map((id) => ['2025-01-28', id, '1', '1', '7'])
		);
		const s = p.finish();
		expect(records).toHaveLength(ids.length);
		expect(s.concealedNames).toBe(concealed);
		expect(s.warnings.some((w) => w.code === 'concealed-names')).toBe(concealed);
	});

	test('keys do not depend on line numbers and identical invoice lines stay distinct', () => {
		const rows = [
			['A', 'F1', '15/01/2024', 'Licence', '10,00 €'],
			['A', 'F1', '15/01/2024', 'Licence', '10,00 €']
		];
		const first = pushAll(processorFor(INVOICE), rows).map((r) => (r.kind === 'licence' ? r.key : null));
		const shifted = pushAll(processorFor(INVOICE), rows, 40).map((r) =>
			r.kind === 'licence' ? r.key : null
		);
		expect(first).toEqual(shifted);
		expect(new Set(first).size).toBe(2);
	});

	test('the agent key is the pseudonym of the lower-cased identifier, never the identifier', () => {
		const p = processorFor(header);
		const [a] = p.push(['2025-01-28', ' Jean.Dupont@Commune-Exemple.fr ', '1', '1', '7'], 2) as UsageRecord[];
		expect(a.agentKey).toBe(ctx.pseudonymise('jean.dupont@commune-exemple.fr'));
		expect(JSON.stringify(a)).not.toMatch(/dupont/i);
	});

	test('a Department column added to a Microsoft report fills the service', () => {
		const p = processorFor([...header, 'Department']);
		const [a] = p.push(
			['2025-01-28', 'a.b@commune-exemple.fr', '1', '1', '7', 'Finances'],
			2
		) as UsageRecord[];
		expect(a.service).toBe('Finances');
	});

	test('records pushed at or above the header line are ignored', () => {
		const p = processorFor(header);
		expect(p.push(header, 1)).toEqual([]);
		expect(p.finish()).toMatchObject({ rows: 0, errorRows: 0, skipped: [] });
	});
});

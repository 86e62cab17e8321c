import { describe, expect, test } from 'vitest';
import { buildCsvFileName, buildTableCsv, parseFrenchNumber, toCsvCells } from './csv-download';

describe('parseFrenchNumber', () => {
	test.each([
		['1\u202f234,56\u00a0€', 1234.56],
		['-573\u202f443\u00a0€', -573443],
		['\u22123,5', -3.5],
		['12,5\u00a0%', 0.125],
		['56,1\u00a0%', 0.561],
		['0\u00a0%', 0],
		['2026', 2026],
		['1 234', 1234],
		['+7', 7]
	])('%j is %d', (text, value) => {
		expect(parseFrenchNumber(text)).toBe(value);
	});

	test.each([
		'—',
		'',
		'Année 1 (2026)',
		'× 1,5',
		'< 1\u00a0%',
		'8 / 100',
		'12 345 678 9',
		'1,2,3',
		'01/06/2025',
		'abc'
	])('%j is not a number', (text) => {
		expect(parseFrenchNumber(text)).toBeNull();
	});
});

const table = {
	caption: 'Dépense par éditeur (2025)',
	columns: ['Éditeur', 'Montant TTC', 'Part'],
	rows: [
		['Microsoft', '94\u202f665,60\u00a0€', '56,1\u00a0%'],
		['=HYPERLINK("http://example.org/x")', '-1\u202f200,00\u00a0€', '—'],
		['@SUM(A1)', '0,00\u00a0€', '\tcmd'],
		['+33 1 23', '12', '-x']
	]
};
const numeric = (i: number) => i >= 1;

describe('CSV of a data table', () => {
	test('numeric columns become numbers, other cells stay text', () => {
		expect(toCsvCells(table, numeric).rows[0]).toEqual(['Microsoft', 94665.6, 0.561]);
	});

	test('the Excel variant has a BOM, semicolons, decimal commas and neutralised formulas', () => {
		expect(buildTableCsv(table, numeric, 'excel')).toBe(
			'\ufeffÉditeur;Montant TTC;Part\r\n' +
				'Microsoft;94665,6;0,561\r\n' +
				`"'=HYPERLINK(""http://example.org/x"")";-1200;—\r\n` +
				`'@SUM(A1);0;'\tcmd\r\n` +
				`'+33 1 23;12;'-x\r\n`
		);
	});

	test('the plain variant is UTF-8 without BOM, with commas and decimal points', () => {
		const csv = buildTableCsv(table, numeric, 'plain');
		expect(csv.startsWith('Éditeur,Montant TTC,Part\r\nMicrosoft,94665.6,0.561\r\n')).toBe(true);
		expect(csv.charCodeAt(0)).not.toBe(0xfeff);
	});
});

describe('buildCsvFileName', () => {
	test.each([
		['Dépense par éditeur (2025)', 'excel', 'depense-par-editeur-2025.csv'],
		['Dépense par éditeur (2025)', 'plain', 'depense-par-editeur-2025-utf8.csv'],
		['« »', 'excel', 'tableau.csv'],
		[
			'Figure 4 — Économies cumulées et leur incertitude',
			'excel',
			'figure-4-economies-cumulees-et-leur-incertitude.csv'
		]
	] as const)('%j (%s) → %s', (caption, variant, name) => {
		expect(buildCsvFileName(caption, variant, 'tableau')).toBe(name);
	});
});

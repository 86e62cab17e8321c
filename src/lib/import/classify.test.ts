import { describe, expect, test } from 'vitest';
import { classifyLine, lenientLineClass } from './classify';

describe('classifyLine', () => {
	test.each([
		['a blank line', [''], 10, 'blank'],
		['an Excel formatted empty row', ['', '', '', '', '', ''], 6, 'separators'],
		['a row of spaces and NBSP', [' ', '\u00a0', ''], 3, 'separators'],
		[
			'the mandats total line',
			['', '', '', '', '', '', '', 'TOTAL GÉNÉRAL', '33 893,97', '40 422,76'],
			10,
			'total'
		],
		['a "Total HT" line', ['Total HT', '', '', '28 372,85 €'], 12, 'total'],
		['a "Sous-total" line', ['', 'Sous-total :', '1 000,00'], 6, 'total'],
		['a total per account', ['', '', '', '', '', '', '', 'Total 6156', '2 000,00', '2 400,00'], 10, 'total'],
		['a total naming the account', ['Total compte 6156', '', '', '2 000,00'], 10, 'total'],
		['a sub-total per chapter', ['', '', '', '', 'Sous-total chapitre 011', '', '2 000,00'], 10, 'total'],
		['a total per year', ['', '', '', 'Total exercice 2025', '2 000,00'], 10, 'total'],
		['a total of the mandats', ['', '', 'Total mandats', '2 000,00'], 10, 'total'],
		['a grand total excl. and incl. VAT', ['', '', 'TOTAL GÉNÉRAL TTC', '', '3 600,00'], 10, 'total'],
		['"Totaux généraux"', ['Totaux généraux', '3 000,00', '3 600,00'], 10, 'total'],
		['a total in brackets', ['Total général (TTC)', '3 600,00'], 10, 'total'],
		['a total per account, abbreviated', ['', 'Total c/6156', '2 000,00'], 10, 'total'],
		['a carried-forward total', ['Total à reporter', '2 000,00'], 10, 'total'],
		['a running total', ['Cumul 6156', '2 000,00'], 10, 'total'],
		[
			'a supplier named "Total Service SARL"',
			['Total Service SARL', 'Maintenance', '1 000,00', ''],
			7,
			'data'
		],
		['a product named "Cumul Paie"', ['Cumul Paie', '', '', '3', '', '', '', ''], 8, 'data'],
		[
			'a sub-total per supplier',
			['', 'Sous-total Revendeur SA', '', '7 152,00 €', '8 582,40 €', '', ''],
			7,
			'total'
		],
		['"Total à payer" on an invoice', ['Total à payer', '', '', '1 110,00', '1 332,00'], 5, 'total'],
		['a footer with a count', ['Nombre de mandats : 10'], 10, 'footer'],
		['an "Édition du" footer', ['Édition du 02/07/2025'], 10, 'footer'],
		['a product called Total Commander, alone in its row', ['Total Commander', '', '', ''], 4, 'data'],
		['a font called Source Code Pro, alone in its row', ['Source Code Pro', '', '', ''], 4, 'data'],
		['an invoice line about ten licences', ['10 licences Word', '', '', '1 200,00'], 10, 'data'],
		['a footer counting the mandats', ['2 mandat(s)'], 10, 'footer'],
		['a footer counting lines', ['12 lignes sélectionnées', '', ''], 10, 'footer'],
		['an "Édité le" footer', ['Édité le 02/04/2024', '', ''], 6, 'footer'],
		[
			'a full data row',
			['2024', '101', '12', '22/01/2024', '6156', '020', 'REVENDEUR', 'Objet', '5 472,00', '6 566,40'],
			10,
			'data'
		],
		['a product called Total Commander', ['Total Commander', 'Ghisler', '10.52', '3'], 4, 'data'],
		['a sparse data row that is not a total', ['Licence', '', '12,00'], 3, 'data'],
		['a single word in a wide file (not a footer)', ['Divers'], 10, 'data']
	])('%s → %s', (_label, cells, width, expected) => {
		expect(classifyLine(cells, width)).toBe(expected);
	});

	test("a program's export is only checked for blank and separator lines", () => {
		expect(classifyLine(['', '', 'TOTAL', '12'], 10, false)).toBe('data');
		expect(classifyLine([';', '', ''], 10, false)).toBe('data');
		expect(classifyLine(['', '', ''], 10, false)).toBe('separators');
	});
});

describe('lenientLineClass: a sparse row that failed as data', () => {
	test.each([
		['a total named by the account label', ['', '', 'Total Maintenance', '2 000,00'], 10, 'total'],
		['a sum row without a label', ['', '', '', '3 000,00', '3 600,00'], 10, 'total'],
		['a footer over two cells', ['Nombre de mandats :', '2', ''], 10, 'footer'],
		['a real row with a missing value', ['2025', '', 'Maintenance GRC', '2 000,00'], 10, null],
		['a data row with a typo, not a sum', ['Total Commander', '', '', 'cinq', '', '', '', ''], 8, null],
		['a row of numbers in a narrow file', ['1', '2', '3'], 3, null],
		['a full row', ['2025', '12', '3', '14/02/2025', '6156', '020', 'X', 'Total', '1', '2'], 10, null]
	])('%s → %s', (_label, cells, width, expected) => {
		expect(lenientLineClass(cells, width)).toBe(expected);
	});
});

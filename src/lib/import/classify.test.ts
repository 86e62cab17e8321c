import { describe, expect, test } from 'vitest';
import { classifyLine } from './classify';

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
		['a footer with a count', ['Nombre de mandats : 10'], 10, 'footer'],
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
});

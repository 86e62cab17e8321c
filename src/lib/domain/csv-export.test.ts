import { describe, expect, test } from 'vitest';
import { neutraliseCell, toCsv } from './csv-export';

describe('toCsv', () => {
	test('the Excel variant has a BOM, semicolons, CRLF and decimal commas', () => {
		expect(toCsv(['Produit', 'Montant'], [['Zoom', 1234.5]], 'excel')).toBe(
			'\ufeffProduit;Montant\r\nZoom;1234,5\r\n'
		);
	});

	test('the plain variant is RFC 4180 with commas and quotes where needed', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x, y', 'dit "oui"'],
					[null, 3]
				],
				'plain'
			)
		).toBe('a,b\r\n"x, y","dit ""oui"""\r\n,3\r\n');
	});

	test.each([
		['=HYPERLINK("http://example.org/x")', `'=HYPERLINK("http://example.org/x")`],
		['+33 1 23', `'+33 1 23`],
		['-480,00 €', `'-480,00 €`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\tcmd', `'\tcmd`],
		['\rcmd', `'\rcmd`],
		['Microsoft', 'Microsoft']
	])('neutralises %j', (input, output) => {
		expect(neutraliseCell(input)).toBe(output);
	});

	test('a negative number stays a number, but a text formula is neutralised in the file', () => {
		const csv = toCsv(['x'], [[-480], ['=1+1']], 'plain');
		expect(csv).toBe("x\r\n-480\r\n'=1+1\r\n");
	});
});

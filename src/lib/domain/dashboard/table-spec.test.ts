import { describe, expect, test } from 'vitest';
import { toCsv } from '../csv-export';
import { formatCell, toCsvTable, type Cell, type CellKind, type TableSpec } from './table-spec';

describe('formatCell', () => {
	test.each<[Cell, CellKind, string]>([
		[123_456, 'cents', '1\u202f234,56\u00a0€'],
		[-47_976, 'cents', '-479,76\u00a0€'],
		[0.716, 'ratio', '71,6\u00a0%'],
		[2588, 'count', '2\u202f588'],
		['2025-06-01', 'date', '01/06/2025'],
		['Microsoft', 'text', 'Microsoft'],
		[null, 'cents', ''],
		['', 'date', '']
	])('%j as %s is %j', (cell, kind, expected) => {
		expect(formatCell(cell, kind)).toBe(expected);
	});
});

const spec: TableSpec = {
	id: 'lines',
	caption: 'Lignes',
	columns: [
		{ label: 'Libellé', kind: 'text' },
		{ label: 'Date', kind: 'date' },
		{ label: 'Montant TTC', kind: 'cents' },
		{ label: 'Part', kind: 'ratio' }
	],
	rows: [
		['=HYPERLINK("http://example.org/x")', '2025-05-20', -47_976, 0.25],
		['Zoom', null, 608_400, null]
	]
};

describe('toCsvTable', () => {
	test.each([
		[
			'excel' as const,
			'\ufeffLibellé;Date;Montant TTC;Part\r\n"\'=HYPERLINK(""http://example.org/x"")";20/05/2025;-479,76;0,25\r\nZoom;;6084;\r\n'
		],
		[
			'plain' as const,
			'Libellé,Date,Montant TTC,Part\r\n"\'=HYPERLINK(""http://example.org/x"")",2025-05-20,-479.76,0.25\r\nZoom,,6084,\r\n'
		]
	])('%s: amounts in euros as numbers, dates for the tool, formulas neutralised', (variant, expected) => {
		const { columns, rows } = toCsvTable(spec, variant);
		expect(toCsv(columns, rows, variant)).toBe(expected);
	});
});

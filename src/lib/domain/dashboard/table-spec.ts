/**
 * A detail table described once and rendered twice: as French text on the page and as a downloadable CSV
 * (numbers kept as numbers so a spreadsheet can sum them). Pure.
 */
import type { CsvCell, CsvVariant } from '../csv-export';
import { formatCount, formatEuros, formatPercent } from '../money';
import { formatDateShort } from './dates';

/** 'cents' cells hold integer cents; 'ratio' cells a share in [0, 1]; 'date' cells an ISO date. */
export type CellKind = 'text' | 'cents' | 'count' | 'date' | 'ratio';
export type Cell = string | number | null;

export interface ColumnSpec {
	label: string;
	kind: CellKind;
}

export interface TableSpec {
	/** Stable id, used in the download URL. */
	id: string;
	caption: string;
	columns: ColumnSpec[];
	rows: Cell[][];
	/** Per row, the page the first cell links to (a product's page), or null. */
	links?: (string | null)[];
}

/** A cell as French text: "1 234,56 €", "12 %", "01/06/2025", "1 234"; empty for a missing value. */
export function formatCell(cell: Cell, kind: CellKind): string {
	if (cell === null || cell === '') return '';
	if (typeof cell === 'string') return kind === 'date' ? formatDateShort(cell) : cell;
	if (kind === 'cents') return formatEuros(cell);
	if (kind === 'ratio') return formatPercent(cell, 1);
	if (kind === 'count') return formatCount(cell);
	return String(cell);
}

function toCsvCell(cell: Cell, kind: CellKind, variant: CsvVariant): CsvCell {
	if (cell === null) return null;
	if (typeof cell === 'number') return kind === 'cents' ? cell / 100 : cell;
	// Excel fr-FR reads dd/mm/yyyy as a date; other tools prefer ISO 8601.
	return kind === 'date' && variant === 'excel' ? formatDateShort(cell) : cell;
}

/**
 * The CSV form of a table: amounts in euros as numbers (cents ÷ 100), ratios as numbers in [0, 1], counts as
 * numbers, dates dd/mm/yyyy for Excel and ISO otherwise, text as is (toCsv neutralises formulas).
 */
export function toCsvTable(spec: TableSpec, variant: CsvVariant): { columns: string[]; rows: CsvCell[][] } {
	return {
		columns: spec.columns.map((c) => c.label),
		rows: spec.rows.map((row) =>
			row.map((cell, i) => toCsvCell(cell, spec.columns[i]?.kind ?? 'text', variant))
		)
	};
}

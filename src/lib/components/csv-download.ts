/**
 * The CSV form of an on-screen data table (DataTable: caption, columns, rows of French text), built in the
 * browser for the two download buttons every table carries. Numeric columns' cells written the French way
 * ("1 234,56 €", "12,5 %", "-3") become numbers again, so a spreadsheet can sum them: amounts in euros,
 * percentages as ratios in [0, 1] (as the /licences export does). Everything else stays text, and toCsv
 * neutralises text that a spreadsheet would run as a formula. Pure.
 */
import type { DataTable } from '../charts/types';
import { toCsv, type CsvCell, type CsvVariant } from '../domain/csv-export';

/**
 * A French-formatted number: optional sign (hyphen or U+2212), digits grouped by spaces (ordinary, U+00A0 or
 * U+202F), optional decimal comma, optional "€" or "%" after an optional space.
 */
const FRENCH_NUMBER =
	/^([-\u2212+]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?:[ \u00a0\u202f]?(€|%))?$/;

/** 1234.56 from "1 234,56 €", 0.125 from "12,5 %", -3 from "−3"; null when the text is not a number. */
export function parseFrenchNumber(text: string): number | null {
	const m = FRENCH_NUMBER.exec(text.trim());
	if (!m) return null;
	const [, sign, whole, decimals, unit] = m;
	const digits = `${sign === '' || sign === '+' ? '' : '-'}${whole.replace(/[ \u00a0\u202f]/g, '')}${decimals ? `.${decimals}` : ''}`;
	// Shifting the exponent in the text keeps 56,1 % exactly 0.561 (56.1 / 100 is not).
	return unit === '%' ? Number(`${digits}e-2`) : Number(digits);
}

/**
 * The table's cells ready for toCsv: cells of the columns `isNumeric` selects become numbers when they are
 * French-formatted numbers; other cells, and the header, stay text.
 */
export function toCsvCells(
	table: DataTable,
	isNumeric: (column: number) => boolean
): { columns: string[]; rows: CsvCell[][] } {
	return {
		columns: table.columns,
		rows: table.rows.map((row) =>
			row.map((cell, i) => (isNumeric(i) ? (parseFrenchNumber(cell) ?? cell) : cell))
		)
	};
}

/** The CSV text of a table, in the Excel fr-FR variant (BOM, `;`, decimal commas) or plain UTF-8. */
export function buildTableCsv(
	table: DataTable,
	isNumeric: (column: number) => boolean,
	variant: CsvVariant
): string {
	const { columns, rows } = toCsvCells(table, isNumeric);
	return toCsv(columns, rows, variant);
}

/**
 * "economies-cumulees-par-scenario.csv" from the caption (accents dropped, lower case, hyphens), with
 * "-utf8" for the plain variant; `fallback` when the caption has no letter or digit.
 */
export function buildCsvFileName(caption: string, variant: CsvVariant, fallback: string): string {
	const slug = caption
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return `${slug || fallback}${variant === 'plain' ? '-utf8' : ''}.csv`;
}

/**
 * CSV for download. Two variants: "excel" opens cleanly in Excel fr-FR (UTF-8 with BOM, `;`, decimal comma
 * left to the caller's formatted cells, CRLF) and "plain" is RFC 4180 UTF-8 with `,`.
 * Cells starting with = + - @ TAB or CR are prefixed with an apostrophe so a spreadsheet never runs them as
 * formulas (OWASP "CSV injection"); numbers passed as numbers are left alone, a negative amount stays a number.
 */
export type CsvVariant = 'excel' | 'plain';
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell that a spreadsheet would take for a formula. */
export function neutraliseCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string, delimiter: string): string {
	return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

function renderCell(cell: CsvCell, variant: CsvVariant, delimiter: string): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') {
		const text = String(cell);
		return variant === 'excel' ? text.replace('.', ',') : text;
	}
	return quote(neutraliseCell(cell), delimiter);
}

/** Builds the CSV text (with a BOM for the Excel variant). */
export function toCsv(columns: string[], rows: CsvCell[][], variant: CsvVariant = 'excel'): string {
	const delimiter = variant === 'excel' ? ';' : ',';
	const lines = [columns, ...rows].map((r) =>
		r.map((c) => renderCell(c, variant, delimiter)).join(delimiter)
	);
	return (variant === 'excel' ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

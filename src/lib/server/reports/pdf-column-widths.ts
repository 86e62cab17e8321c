/**
 * Table column widths, like a browser's automatic table layout: columns that fit on one line keep that width,
 * the wide ones share what is left, and none goes below its longest unbreakable word. Widths in points.
 */
import { CONTENT_WIDTH, FONT, SIZE } from './pdf-layout';
import type { TableColumn } from './report-types';

type Doc = PDFKit.PDFDocument;

export interface TableSpec {
	caption: string;
	columns: TableColumn[];
	rows: string[][];
	note?: string;
}

/** Horizontal padding inside a cell, each side. */
export const CELL_PAD_X = 5;

function cellAt(row: string[], index: number): string {
	return row[index] ?? '';
}

function sum(values: number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/**
 * Splits `total` points between columns.
 * - Everything fits on one line (Σ natural ≤ total): natural widths stretched in proportion to fill `total`.
 * - Even the minimums do not fit (Σ minimum ≥ total): minimums scaled down (words will be cut).
 * - Otherwise: columns whose natural width is at most an equal share of the space still free keep it
 *   (repeated until stable); the others share the rest in proportion to their natural width, each raised to
 *   its minimum if needed, the excess taken from columns that are above their minimum.
 */
export function distributeColumnWidths(natural: number[], minimum: number[], total: number): number[] {
	if (natural.length === 0) return [];
	const sumNatural = sum(natural);
	if (sumNatural <= total) return natural.map((width) => (width / sumNatural) * total);
	const sumMinimum = sum(minimum);
	if (sumMinimum >= total) return minimum.map((width) => (width / sumMinimum) * total);

	const widths = natural.map(() => 0);
	let open = natural.map((_, i) => i);
	let remaining = total;
	for (;;) {
		const fair = remaining / open.length;
		const narrow = open.filter((i) => natural[i] <= fair);
		if (narrow.length === 0 || narrow.length === open.length) break;
		for (const i of narrow) {
			widths[i] = natural[i];
			remaining -= natural[i];
		}
		open = open.filter((i) => natural[i] > fair);
	}
	const openNatural = sum(open.map((i) => natural[i]));
	for (const i of open) widths[i] = Math.max(minimum[i], (natural[i] / openNatural) * remaining);

	const excess = sum(widths) - total;
	if (excess > 0) {
		const slack = widths.map((width, i) => width - minimum[i]);
		const totalSlack = sum(slack);
		return widths.map((width, i) => width - (slack[i] / totalSlack) * excess);
	}
	return widths;
}

/** No single column may claim more than this share of the width just because one cell is long. */
const MAX_NATURAL_SHARE = 0.6;

/** "1 234,56 €", "-12 %", "3,5", "12 k€": French-formatted numbers, with optional unit. */
const NUMERIC_CELL = /^[-−+]?\d[\d\s\u00a0\u202f.,]*(\s?(k€|M€|€|%))?$/;

/** True when every non-empty cell of column `index` is a formatted number (so it is right-aligned). */
export function isNumericColumn(rows: string[][], index: number): boolean {
	const cells = rows.map((row) => cellAt(row, index).trim()).filter((cell) => cell !== '');
	return cells.length > 0 && cells.every((cell) => NUMERIC_CELL.test(cell));
}

/** Longest run that cannot break (breaks happen at ordinary spaces and hyphens, never at U+00A0/U+202F). */
function measureLongestWord(doc: Doc, text: string): number {
	return Math.max(0, ...text.split(/[ \t\n-]+/).map((word) => doc.widthOfString(word)));
}

/** Column widths in points from each column's one-line width and longest unbreakable word (header included). */
export function computeColumnWidths(doc: Doc, spec: TableSpec, totalWidth: number = CONTENT_WIDTH): number[] {
	const cap = totalWidth * MAX_NATURAL_SHARE;
	const natural: number[] = [];
	const minimum: number[] = [];
	spec.columns.forEach((column, c) => {
		doc.font(FONT.bold).fontSize(SIZE.table);
		let nat = doc.widthOfString(column.label);
		let min = measureLongestWord(doc, column.label);
		doc.font(FONT.regular).fontSize(SIZE.table);
		for (const row of spec.rows) {
			const text = cellAt(row, c);
			nat = Math.max(nat, doc.widthOfString(text));
			min = Math.max(min, measureLongestWord(doc, text));
		}
		minimum.push(Math.min(min, cap) + 2 * CELL_PAD_X);
		natural.push(Math.max(Math.min(nat, cap) + 2 * CELL_PAD_X, Math.min(min, cap) + 2 * CELL_PAD_X));
	});
	return distributeColumnWidths(natural, minimum, totalWidth);
}

/**
 * Tables that continue across pages: the caption and the header row are repeated on each continuation page
 * (as Artifacts, so a screen reader hears the header once), cell text wraps, numeric columns are right-aligned
 * and every other row is shaded so lines can be followed in grey print. Tagged Table > Caption, TR > TH/TD.
 */
import {
	COLOUR,
	CONTENT_BOTTOM,
	CONTENT_WIDTH,
	drawArtifact,
	FONT,
	measureText,
	PAGE,
	SIZE,
	SPACE,
	ensureSpace
} from './pdf-layout';
import { CELL_PAD_X as PAD_X, computeColumnWidths } from './pdf-column-widths';
import { writeText } from './pdf-text-blocks';
import type { TableSpec } from './pdf-column-widths';

type Doc = PDFKit.PDFDocument;
type Parent = PDFKit.PDFStructureElement;

export type { TableSpec } from './pdf-column-widths';

const PAD_Y = 3.5;
const LEFT = PAGE.margins.left;
function cellAt(row: string[], index: number): string {
	return row[index] ?? '';
}

function measureRow(doc: Doc, cells: string[], widths: number[], font: string): number {
	const heights = widths.map((w, c) => measureText(doc, cellAt(cells, c), font, SIZE.table, w - 2 * PAD_X));
	return Math.max(...heights) + 2 * PAD_Y;
}

function measureCaption(doc: Doc, caption: string): number {
	return measureText(doc, caption, FONT.bold, SIZE.body, CONTENT_WIDTH) + 4;
}

/** Height the table needs before it may start on a page: caption, header and the first two rows. */
export function measureTableLeadIn(doc: Doc, spec: TableSpec): number {
	const widths = computeColumnWidths(doc, spec);
	const header = measureRow(
		doc,
		spec.columns.map((c) => c.label),
		widths,
		FONT.bold
	);
	const firstRows = spec.rows
		.slice(0, 2)
		.reduce((sum, row) => sum + measureRow(doc, row, widths, FONT.regular), 0);
	return measureCaption(doc, spec.caption) + header + firstRows;
}

/** Header cells apply to their column; pdfkit 0.20 supports `scope`, @types/pdfkit omits it. */
type HeaderCellOptions = PDFKit.Mixins.StructureElementOptions & { scope: 'Column' };

interface RowStyle {
	font: string;
	fill: string | null;
	tag: 'TH' | 'TD' | null;
}

function drawRow(
	doc: Doc,
	parent: Parent | null,
	cells: string[],
	spec: TableSpec,
	widths: number[],
	style: RowStyle
): void {
	const y = doc.y;
	const height = Math.min(measureRow(doc, cells, widths, style.font), CONTENT_BOTTOM - y);
	if (style.fill) {
		const fill = style.fill;
		drawArtifact(doc, () => doc.rect(LEFT, y, CONTENT_WIDTH, height).fillColor(fill).fill());
	}
	const row = style.tag && parent ? doc.struct('TR') : null;
	if (row && parent) parent.add(row);
	let x = LEFT;
	spec.columns.forEach((column, c) => {
		const width = widths[c];
		const cellX = x;
		const draw = () =>
			writeText(doc, cellAt(cells, c), cellX + PAD_X, y + PAD_Y, {
				font: style.font,
				size: SIZE.table,
				width: width - 2 * PAD_X,
				align: column.align,
				// +1 pt of slack: pdfkit drops a last line that fits exactly once rounding is applied.
				height: height - 2 * PAD_Y + 1
			});
		if (row && style.tag === 'TH') {
			const headerOptions: HeaderCellOptions = { scope: 'Column' };
			row.add(doc.struct('TH', headerOptions, draw));
		} else if (row) {
			row.add(doc.struct('TD', {}, draw));
		} else {
			drawArtifact(doc, draw);
		}
		x += width;
	});
	row?.end();
	doc.y = y + height;
}

function drawRule(doc: Doc, y: number, weight: number): void {
	drawArtifact(doc, () =>
		doc
			.moveTo(LEFT, y)
			.lineTo(LEFT + CONTENT_WIDTH, y)
			.lineWidth(weight)
			.strokeColor(COLOUR.rule)
			.stroke()
	);
}

function drawHeader(doc: Doc, table: Parent | null, spec: TableSpec, widths: number[]): void {
	const header = spec.columns.map((c) => c.label);
	drawRow(doc, table, header, spec, widths, {
		font: FONT.bold,
		fill: COLOUR.headerFill,
		tag: table ? 'TH' : null
	});
	drawRule(doc, doc.y, 0.8);
}

/** Closes the table on this page and starts the next one with "caption (suite)" and the header row. */
function continueOnNextPage(doc: Doc, spec: TableSpec, widths: number[], continuedLabel: string): void {
	drawRule(doc, doc.y, 0.8);
	doc.addPage();
	const y = doc.y;
	const caption = `${spec.caption} ${continuedLabel}`;
	drawArtifact(doc, () =>
		writeText(doc, caption, LEFT, y, {
			font: FONT.bold,
			size: SIZE.body,
			width: CONTENT_WIDTH,
			colour: COLOUR.muted
		})
	);
	doc.y = y + measureCaption(doc, caption);
	drawHeader(doc, null, spec, widths);
}

/**
 * Draws the table from the current position. A row never splits: when it does not fit, the page ends, and the
 * next page starts with "caption (suite)" and the header row again. A single row taller than a whole page is
 * clipped (pdfkit would otherwise spill it onto an untracked page).
 */
export function drawTable(doc: Doc, parent: Parent, spec: TableSpec, continuedLabel: string): void {
	const widths = computeColumnWidths(doc, spec);
	ensureSpace(doc, measureTableLeadIn(doc, spec));
	const table = doc.struct('Table');
	parent.add(table);
	const captionY = doc.y;
	table.add(
		doc.struct('Caption', {}, () =>
			writeText(doc, spec.caption, LEFT, captionY, { font: FONT.bold, size: SIZE.body, width: CONTENT_WIDTH })
		)
	);
	doc.y = captionY + measureCaption(doc, spec.caption);
	drawHeader(doc, table, spec, widths);
	const heights = spec.rows.map((cells) => measureRow(doc, cells, widths, FONT.regular));
	let rowsOnPage = 0;
	spec.rows.forEach((cells, index) => {
		const fits = doc.y + heights[index] <= CONTENT_BOTTOM;
		// Widow control: the last row never goes alone to a new page; the one before it goes with it.
		const isPenultimate = index === spec.rows.length - 2;
		const leavesWidow = isPenultimate && doc.y + heights[index] + heights[index + 1] > CONTENT_BOTTOM;
		// A row taller than a whole page is drawn (clipped) where it is rather than leaving a header alone.
		if ((!fits && rowsOnPage > 0) || (leavesWidow && rowsOnPage > 1)) {
			continueOnNextPage(doc, spec, widths, continuedLabel);
			rowsOnPage = 0;
		}
		const fill = index % 2 === 1 ? COLOUR.zebra : null;
		drawRow(doc, table, cells, spec, widths, { font: FONT.regular, fill, tag: 'TD' });
		rowsOnPage++;
	});
	drawRule(doc, doc.y, 0.8);
	table.end();
	doc.y += 4;
	const note = spec.note;
	if (note) {
		ensureSpace(doc, measureText(doc, note, FONT.regular, SIZE.small, CONTENT_WIDTH));
		const y = doc.y;
		parent.add(
			doc.struct('P', {}, () =>
				writeText(doc, note, LEFT, y, {
					font: FONT.regular,
					size: SIZE.small,
					width: CONTENT_WIDTH,
					colour: COLOUR.muted
				})
			)
		);
	}
	doc.y += SPACE.block;
}

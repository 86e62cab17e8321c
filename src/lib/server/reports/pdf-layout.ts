/**
 * Page geometry, type scale, colours and the shared drawing context of the PDF report. Sizes are PDF points
 * (1/72 inch); A4 is 595.28 × 841.89 pt and 2 cm is 56.69 pt.
 */
import type { ChartDataTable, ReportLabels } from './report-types';

export const PAGE = {
	width: 595.28,
	height: 841.89,
	/** Top and bottom leave room for the running header and the footer inside the 2 cm band. */
	margins: { top: 70, bottom: 70, left: 56.69, right: 56.69 }
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
export const CONTENT_BOTTOM = PAGE.height - PAGE.margins.bottom;

/** pdfkit font names registered by createPdfDocument (the shipped DejaVu Sans files). */
export const FONT = { regular: 'CapLibre', bold: 'CapLibre-Bold' } as const;

export const SIZE = {
	body: 10.5,
	small: 8.5,
	table: 9,
	h1: 24,
	h2: 16,
	h3: 11.5,
	keyValue: 17,
	lineGap: 2
} as const;

/** Dark enough to print in grey (contrast ≥ 4.5:1 on white or on the zebra fill). */
export const COLOUR = {
	text: '#1f2937',
	muted: '#4b5563',
	rule: '#9ca3af',
	zebra: '#eef0f3',
	headerFill: '#d9dde3',
	cardFill: '#f3f4f6',
	accent: '#0072B2',
	warning: '#B45309'
} as const;

/** Vertical space between blocks, and before a section heading. */
export const SPACE = { block: 10, section: 22 } as const;

/** A chart whose data table goes to the appendix. */
export interface FigureEntry {
	number: number;
	title: string;
	table: ChartDataTable;
}

/** A line of the table of contents, filled while sections are drawn. */
export interface TocEntry {
	title: string;
	destination: string;
	page: number;
}

/** What every block drawer needs: the document, its structure root, the wording, and what is collected. */
export interface PdfContext {
	doc: PDFKit.PDFDocument;
	root: PDFKit.PDFStructureElement;
	labels: ReportLabels;
	figures: FigureEntry[];
	toc: TocEntry[];
}

/** Points left on the current page above the bottom margin. */
export function getRemainingSpace(doc: PDFKit.PDFDocument): number {
	return CONTENT_BOTTOM - doc.y;
}

/** True when nothing has been drawn yet below the top margin of the current page. */
export function isAtPageTop(doc: PDFKit.PDFDocument): boolean {
	return doc.y <= PAGE.margins.top + 0.5;
}

/** Starts a new page unless `needed` points still fit (or the page is empty: a taller block must split). */
export function ensureSpace(doc: PDFKit.PDFDocument, needed: number): void {
	if (getRemainingSpace(doc) < needed && !isAtPageTop(doc)) doc.addPage();
}

/** 1-based number of the current page (pages are buffered, so this is also its final number). */
export function getPageNumber(doc: PDFKit.PDFDocument): number {
	const range = doc.bufferedPageRange();
	return range.start + range.count;
}

/** Height of `text` set in `font` at `size` within `width`, as pdfkit will lay it out. */
export function measureText(
	doc: PDFKit.PDFDocument,
	text: string,
	font: string,
	size: number,
	width: number
): number {
	return doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: SIZE.lineGap });
}

/** Height of one line of text at `size` (for "keep at least N lines together" checks). */
export function measureLine(doc: PDFKit.PDFDocument, size: number): number {
	return doc.font(FONT.regular).fontSize(size).currentLineHeight(true) + SIZE.lineGap;
}

/**
 * Draws decorative content (fills, rules, repeated headers) as an Artifact so screen readers skip it. Must not
 * be called inside a tagged closure: pdfkit closes open marked content when an Artifact starts.
 */
export function drawArtifact(
	doc: PDFKit.PDFDocument,
	draw: () => void,
	type?: 'Pagination' | 'Layout'
): void {
	if (type) doc.markContent('Artifact', { type });
	else doc.markContent('Artifact');
	draw();
	doc.endMarkedContent();
}

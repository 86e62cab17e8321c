/**
 * The council report as a PDF: the ONLY user of pdfkit in the project. Lays out a ReportData on A4 with the
 * shipped fonts embedded: cover, table of contents, sections, and an appendix holding each chart's data.
 * Headings stay with what follows, tables repeat their header on each page, charts are never cut, and the
 * document is tagged (headings, paragraphs, lists, tables, figures with alternative text) with PDF/A-2b
 * markers. The same input gives the same bytes (CreationDate comes from meta.generatedAt).
 */
import { drawChart, measureChartLeadIn } from './pdf-chart';
import { collectPdfBytes, createPdfDocument, type PdfDocumentOptions } from './pdf-document';
import { drawCover, drawRunningFurniture } from './pdf-furniture';
import { drawKeyFigures, measureKeyFiguresLeadIn } from './pdf-key-figures';
import { DEFAULT_REPORT_LABELS } from './pdf-labels';
import {
	CONTENT_BOTTOM,
	CONTENT_WIDTH,
	ensureSpace,
	FONT,
	getPageNumber,
	measureLine,
	measureText,
	PAGE,
	SIZE,
	SPACE,
	type PdfContext
} from './pdf-layout';
import { format } from '../../i18n/format';
import { isNumericColumn, type TableSpec } from './pdf-column-widths';
import { drawTable, measureTableLeadIn } from './pdf-table';
import {
	drawCallout,
	drawHeading,
	drawList,
	drawParagraph,
	measureCalloutLeadIn,
	measureParagraphLeadIn
} from './pdf-text-blocks';
import { drawToc, reserveToc } from './pdf-toc';
import type { Block, ReportData, ReportSection } from './report-types';

type Parent = PDFKit.PDFStructureElement;

/** Points that must fit under a heading so that the heading is not left alone at the bottom of a page. */
function measureLeadIn(ctx: PdfContext, block: Block): number {
	const { doc } = ctx;
	switch (block.kind) {
		case 'paragraph':
			return measureParagraphLeadIn(doc, block.text);
		case 'keyFigures':
			return measureKeyFiguresLeadIn(doc, block.figures);
		case 'table':
			return measureTableLeadIn(doc, block);
		case 'chart':
			return measureChartLeadIn(ctx, block);
		case 'bulletList':
			return block.items[0] ? measureParagraphLeadIn(doc, block.items[0]) : 0;
		case 'definitionList': {
			const first = block.items[0];
			if (!first) return 0;
			return (
				measureText(doc, first.term, FONT.bold, SIZE.body, CONTENT_WIDTH) + 2 * measureLine(doc, SIZE.body)
			);
		}
		case 'callout':
			return measureCalloutLeadIn(doc, block.text);
	}
}

/** A paragraph this short introduces what follows ("Le graphique ci-dessous…") and is kept with it. */
const INTRO_MAX_LINES = 3;

/**
 * Points that must fit before block `index` starts: its lead-in, or, for a short introductory paragraph,
 * the whole paragraph plus the lead-in of the next block (a whole chart, a table's first rows…).
 */
function measureKeepTogether(ctx: PdfContext, blocks: Block[], index: number): number {
	const block = blocks[index];
	const next = blocks[index + 1];
	if (block.kind !== 'paragraph' || !next) return measureLeadIn(ctx, block);
	const height = measureText(ctx.doc, block.text, FONT.regular, SIZE.body, CONTENT_WIDTH);
	if (height > INTRO_MAX_LINES * measureLine(ctx.doc, SIZE.body)) return measureLeadIn(ctx, block);
	return Math.min(height + SPACE.block + measureLeadIn(ctx, next), CONTENT_BOTTOM - PAGE.margins.top);
}

function drawBlock(ctx: PdfContext, parent: Parent, block: Block): void {
	const { doc, labels } = ctx;
	switch (block.kind) {
		case 'paragraph':
			return drawParagraph(doc, parent, block.text);
		case 'keyFigures':
			return drawKeyFigures(doc, parent, block.figures);
		case 'table':
			return drawTable(doc, parent, block, labels.continued);
		case 'chart':
			return drawChart(ctx, parent, block);
		case 'bulletList':
			return drawList(
				doc,
				parent,
				block.items.map((body) => ({ label: '•', body })),
				false
			);
		case 'definitionList':
			return drawList(
				doc,
				parent,
				block.items.map((i) => ({ label: i.term, body: i.definition })),
				true
			);
		case 'callout':
			return drawCallout(
				doc,
				parent,
				block.tone,
				block.tone === 'warning' ? labels.warning : labels.info,
				block.text
			);
	}
}

/** A section: its heading (kept with the first lines of its first block), an outline entry, then its blocks. */
function drawSection(
	ctx: PdfContext,
	title: string,
	destination: string,
	blocks: Block[],
	after?: (parent: Parent) => void
): void {
	const { doc, root } = ctx;
	const section = doc.struct('Sect');
	root.add(section);
	const keepWith = blocks.length > 0 ? measureKeepTogether(ctx, blocks, 0) : 0;
	const top = drawHeading(doc, section, title, 'H2', keepWith);
	doc.addNamedDestination(destination, 'XYZ', null, top, null);
	doc.outline.addItem(title);
	ctx.toc.push({ title, destination, page: getPageNumber(doc) });
	blocks.forEach((block, index) => {
		if (block.kind === 'paragraph') ensureSpace(doc, measureKeepTogether(ctx, blocks, index));
		drawBlock(ctx, section, block);
	});
	after?.(section);
	section.end();
}

function drawAppendix(ctx: PdfContext): void {
	const { doc, labels } = ctx;
	doc.addPage();
	const intro: Block = { kind: 'paragraph', text: labels.appendixIntro };
	drawSection(ctx, labels.appendixTitle, 'annexe-graphiques', [intro], (parent) => {
		for (const figure of ctx.figures) {
			const { columns, rows, caption } = figure.table;
			const spec: TableSpec = {
				caption: `${format(labels.figure, { n: figure.number })} — ${caption}`,
				columns: columns.map((label, c) => ({
					label,
					align: c > 0 && isNumericColumn(rows, c) ? 'right' : 'left'
				})),
				rows
			};
			drawTable(doc, parent, spec, labels.continued);
		}
	});
}

function hasCharts(sections: ReportSection[]): boolean {
	return sections.some((s) => s.blocks.some((b) => b.kind === 'chart'));
}

/**
 * Renders the report to PDF bytes (A4, embedded DejaVu Sans, tagged, PDF/A-2b markers). Throws a French
 * message if the fonts cannot be found. `options.compress: false` is for tests that read raw objects.
 */
export async function renderReportPdf(data: ReportData, options: PdfDocumentOptions = {}): Promise<Buffer> {
	const doc = createPdfDocument(data.meta, options);
	const bytes = collectPdfBytes(doc);
	const root = doc.struct('Document');
	doc.addStructure(root);
	const ctx: PdfContext = {
		doc,
		root,
		labels: { ...DEFAULT_REPORT_LABELS, ...data.labels },
		figures: [],
		toc: []
	};

	drawCover(ctx, data.meta);
	const titles = data.sections.map((s) => s.title);
	if (hasCharts(data.sections)) titles.push(ctx.labels.appendixTitle);
	const toc = reserveToc(ctx, titles);
	doc.addPage();
	data.sections.forEach((section, index) => {
		drawSection(ctx, section.title, `section-${index + 1}-${section.id}`, section.blocks);
	});
	if (ctx.figures.length > 0) drawAppendix(ctx);
	drawToc(ctx, toc);
	drawRunningFurniture(ctx, data.meta);
	root.end();
	doc.end();
	return bytes;
}

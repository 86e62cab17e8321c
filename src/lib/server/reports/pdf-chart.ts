/**
 * Charts in the PDF: "Figure n — title", the chart image, its one-sentence summary and a pointer to the
 * appendix. The whole figure moves to the next page when it does not fit, so a chart is never cut. The image
 * is tagged Figure with the summary as its alternative text; its data table is collected for the appendix.
 */
import type { ChartConfiguration } from 'chart.js';
import { format } from '../../i18n/format';
import { computeChartScale, renderChartPng } from './chart-image';
import {
	COLOUR,
	CONTENT_BOTTOM,
	CONTENT_WIDTH,
	ensureSpace,
	FONT,
	measureText,
	PAGE,
	SIZE,
	SPACE,
	type PdfContext
} from './pdf-layout';
import { writeText } from './pdf-text-blocks';
import type { Block } from './report-types';

type ChartBlock = Extract<Block, { kind: 'chart' }>;
type Doc = PDFKit.PDFDocument;

const LEFT = PAGE.margins.left;
/** Layout size in CSS pixels: placed CONTENT_WIDTH (482 pt) wide, 12 px chart text prints at about 10 pt. */
const CHART_WIDTH_PX = 560;
const ROUND_TYPES = new Set(['pie', 'doughnut', 'polarArea', 'radar']);
const MAX_CHART_HEIGHT = (CONTENT_BOTTOM - PAGE.margins.top) * 0.6;

function chooseHeightPx(config: ChartConfiguration): number {
	return ROUND_TYPES.has(config.type) ? 320 : 300;
}

/** `bbox`/`placement` (Layout attributes) are supported by pdfkit 0.20 but omitted from @types/pdfkit. */
type FigureOptions = PDFKit.Mixins.StructureElementOptions & {
	bbox: [number, number, number, number];
	placement: 'Block';
};

interface ChartLayout {
	caption: string;
	pointer: string;
	imageWidth: number;
	imageHeight: number;
	captionHeight: number;
	summaryHeight: number;
	pointerHeight: number;
	total: number;
}

function layoutChart(doc: Doc, block: ChartBlock, caption: string, pointer: string): ChartLayout {
	const heightPx = chooseHeightPx(block.config);
	const imageHeight = Math.min((CONTENT_WIDTH * heightPx) / CHART_WIDTH_PX, MAX_CHART_HEIGHT);
	const imageWidth = (imageHeight * CHART_WIDTH_PX) / heightPx;
	const captionHeight = measureText(doc, caption, FONT.bold, SIZE.h3, CONTENT_WIDTH);
	const summaryHeight = measureText(doc, block.summary, FONT.regular, SIZE.body, CONTENT_WIDTH);
	const pointerHeight = measureText(doc, pointer, FONT.regular, SIZE.small, CONTENT_WIDTH);
	const total = captionHeight + 6 + imageHeight + 6 + summaryHeight + 2 + pointerHeight;
	return { caption, pointer, imageWidth, imageHeight, captionHeight, summaryHeight, pointerHeight, total };
}

function describe(ctx: PdfContext, block: ChartBlock, number: number): { caption: string; pointer: string } {
	const figure = format(ctx.labels.figure, { n: number });
	return { caption: `${figure} — ${block.title}`, pointer: format(ctx.labels.dataOfFigure, { n: number }) };
}

/** Height of the whole figure: a heading before a chart is kept with all of it. */
export function measureChartLeadIn(ctx: PdfContext, block: ChartBlock): number {
	const { caption, pointer } = describe(ctx, block, ctx.figures.length + 1);
	return layoutChart(ctx.doc, block, caption, pointer).total;
}

/** Draws the figure (never split) and registers its data table for the appendix. */
export function drawChart(ctx: PdfContext, parent: PDFKit.PDFStructureElement, block: ChartBlock): void {
	const { doc } = ctx;
	const number = ctx.figures.length + 1;
	ctx.figures.push({ number, title: block.title, table: block.table });
	const { caption, pointer } = describe(ctx, block, number);
	const layout = layoutChart(doc, block, caption, pointer);
	ensureSpace(doc, layout.total);
	const heightPx = chooseHeightPx(block.config);
	const scale = computeChartScale(layout.imageWidth, CHART_WIDTH_PX);
	const png = renderChartPng(block.config, CHART_WIDTH_PX, heightPx, scale);

	const y = doc.y;
	const group = doc.struct('Div');
	parent.add(group);
	group.add(
		doc.struct('Caption', {}, () =>
			writeText(doc, caption, LEFT, y, { font: FONT.bold, size: SIZE.h3, width: CONTENT_WIDTH })
		)
	);
	const imageY = y + layout.captionHeight + 6;
	const imageX = LEFT + (CONTENT_WIDTH - layout.imageWidth) / 2;
	const figureOptions: FigureOptions = {
		alt: block.summary,
		bbox: [imageX, imageY, imageX + layout.imageWidth, imageY + layout.imageHeight],
		placement: 'Block'
	};
	group.add(
		doc.struct('Figure', figureOptions, () =>
			doc.image(png, imageX, imageY, { width: layout.imageWidth, height: layout.imageHeight })
		)
	);
	const summaryY = imageY + layout.imageHeight + 6;
	group.add(
		doc.struct('P', {}, () =>
			writeText(doc, block.summary, LEFT, summaryY, {
				font: FONT.regular,
				size: SIZE.body,
				width: CONTENT_WIDTH
			})
		)
	);
	const pointerY = summaryY + layout.summaryHeight + 2;
	group.add(
		doc.struct('P', {}, () =>
			writeText(doc, pointer, LEFT, pointerY, {
				font: FONT.regular,
				size: SIZE.small,
				width: CONTENT_WIDTH,
				colour: COLOUR.muted
			})
		)
	);
	group.end();
	doc.y = pointerY + layout.pointerHeight + SPACE.block;
}

/**
 * Text blocks of the report: headings, paragraphs, lists and callouts. Each is tagged for
 * screen readers (H2/H3, P, L > LI > Lbl + LBody) and decorations are Artifacts. Positions are computed
 * before the tagged closure runs, because pdfkit draws a structure element's content when it is attached.
 */
import {
	COLOUR,
	CONTENT_WIDTH,
	drawArtifact,
	ensureSpace,
	FONT,
	isAtPageTop,
	measureLine,
	measureText,
	PAGE,
	SIZE,
	SPACE
} from './pdf-layout';

type Doc = PDFKit.PDFDocument;
type Parent = PDFKit.PDFStructureElement;

const LEFT = PAGE.margins.left;
const LIST_INDENT = 16;

/** Writes `text` at (x, y) in the given style; the wrap width is fixed so measures and drawing agree. */
export function writeText(
	doc: Doc,
	text: string,
	x: number,
	y: number,
	style: {
		font: string;
		size: number;
		width: number;
		colour?: string;
		align?: 'left' | 'right';
		height?: number;
	}
): void {
	// With `height`, pdfkit stops (with an ellipsis) instead of adding a page it would not tell us about.
	const limit = style.height === undefined ? {} : { height: style.height, ellipsis: true };
	doc
		.font(style.font)
		.fontSize(style.size)
		.fillColor(style.colour ?? COLOUR.text)
		.text(text, x, y, { width: style.width, lineGap: SIZE.lineGap, align: style.align ?? 'left', ...limit });
}

/**
 * A heading kept with what follows: if the heading plus `keepWith` points (the first lines of the next block)
 * do not fit, it moves to the next page, so a heading never ends a page alone. Returns the heading's top y.
 */
export function drawHeading(
	doc: Doc,
	parent: Parent,
	text: string,
	level: 'H2' | 'H3',
	keepWith: number
): number {
	const size = level === 'H2' ? SIZE.h2 : SIZE.h3;
	const before = level === 'H2' ? SPACE.section : SPACE.block;
	const height = measureText(doc, text, FONT.bold, size, CONTENT_WIDTH);
	const after = level === 'H2' ? 10 : 5;
	ensureSpace(doc, before + height + after + keepWith);
	const y = isAtPageTop(doc) ? doc.y : doc.y + before;
	parent.add(
		doc.struct(level, {}, () =>
			writeText(doc, text, LEFT, y, { font: FONT.bold, size, width: CONTENT_WIDTH, colour: COLOUR.text })
		)
	);
	if (level === 'H2') {
		const ruleY = y + height + 3;
		drawArtifact(doc, () =>
			doc
				.moveTo(LEFT, ruleY)
				.lineTo(LEFT + CONTENT_WIDTH, ruleY)
				.lineWidth(1.2)
				.strokeColor(COLOUR.accent)
				.stroke()
		);
	}
	doc.y = y + height + after;
	return y;
}

/** Height kept under a heading before a paragraph: its first three lines, or all of it if shorter. */
export function measureParagraphLeadIn(doc: Doc, text: string, size: number = SIZE.body): number {
	return Math.min(measureText(doc, text, FONT.regular, size, CONTENT_WIDTH), 3 * measureLine(doc, size));
}

/** A paragraph; pdfkit continues it on the next page if needed (the P element spans both pages). */
export function drawParagraph(
	doc: Doc,
	parent: Parent,
	text: string,
	style: { size?: number; colour?: string } = {}
): void {
	const size = style.size ?? SIZE.body;
	ensureSpace(
		doc,
		Math.min(measureText(doc, text, FONT.regular, size, CONTENT_WIDTH), 2 * measureLine(doc, size))
	);
	const y = doc.y;
	parent.add(
		doc.struct('P', {}, () =>
			writeText(doc, text, LEFT, y, { font: FONT.regular, size, width: CONTENT_WIDTH, colour: style.colour })
		)
	);
	doc.y += SPACE.block;
}

/** Bulleted list (bullet = Lbl) or definition list (term = Lbl, definition indented under it). */
export function drawList(
	doc: Doc,
	parent: Parent,
	items: { label: string; body: string }[],
	isTerm: boolean
): void {
	const list = doc.struct('L');
	parent.add(list);
	const bodyX = LEFT + LIST_INDENT;
	const bodyWidth = CONTENT_WIDTH - LIST_INDENT;
	for (const item of items) {
		const labelHeight = isTerm ? measureText(doc, item.label, FONT.bold, SIZE.body, CONTENT_WIDTH) : 0;
		const firstLines = Math.min(
			measureText(doc, item.body, FONT.regular, SIZE.body, bodyWidth),
			2 * measureLine(doc, SIZE.body)
		);
		ensureSpace(doc, labelHeight + firstLines);
		const y = doc.y;
		const label = doc.struct('Lbl', {}, () =>
			isTerm
				? writeText(doc, item.label, LEFT, y, { font: FONT.bold, size: SIZE.body, width: CONTENT_WIDTH })
				: writeText(doc, '•', LEFT + 4, y, { font: FONT.bold, size: SIZE.body, width: LIST_INDENT })
		);
		const body = doc.struct('LBody', {}, () =>
			writeText(doc, item.body, bodyX, y + labelHeight, {
				font: FONT.regular,
				size: SIZE.body,
				width: bodyWidth
			})
		);
		list.add(doc.struct('LI', {}, [label, body]));
		doc.y += 4;
	}
	list.end();
	doc.y += SPACE.block - 4;
}

const CALLOUT_PAD = 9;
const CALLOUT_BAR = 4;

function measureCallout(doc: Doc, text: string): number {
	const width = CONTENT_WIDTH - CALLOUT_BAR - 2 * CALLOUT_PAD;
	return (
		2 * CALLOUT_PAD + measureLine(doc, SIZE.body) + 2 + measureText(doc, text, FONT.regular, SIZE.body, width)
	);
}

/** Height a callout needs on its page: the whole box (it is never split). */
export function measureCalloutLeadIn(doc: Doc, text: string): number {
	return measureCallout(doc, text);
}

/**
 * A boxed note. The tone is written as a word ("Attention") and drawn as a thicker bar, so it survives
 * grey printing and does not rely on colour alone.
 */
export function drawCallout(
	doc: Doc,
	parent: Parent,
	tone: 'info' | 'warning',
	label: string,
	text: string
): void {
	const height = measureCallout(doc, text);
	ensureSpace(doc, height);
	const y = doc.y;
	const colour = tone === 'warning' ? COLOUR.warning : COLOUR.accent;
	const bar = tone === 'warning' ? CALLOUT_BAR * 1.5 : CALLOUT_BAR;
	drawArtifact(doc, () => {
		doc.rect(LEFT, y, CONTENT_WIDTH, height).fillColor(COLOUR.cardFill).fill();
		doc.rect(LEFT, y, bar, height).fillColor(colour).fill();
	});
	const x = LEFT + CALLOUT_BAR + CALLOUT_PAD;
	const width = CONTENT_WIDTH - CALLOUT_BAR - 2 * CALLOUT_PAD;
	parent.add(
		doc.struct('P', {}, () => {
			writeText(doc, label, x, y + CALLOUT_PAD, { font: FONT.bold, size: SIZE.body, width, colour });
			writeText(doc, text, x, doc.y + 2, { font: FONT.regular, size: SIZE.body, width });
		})
	);
	doc.y = y + height + SPACE.block;
}

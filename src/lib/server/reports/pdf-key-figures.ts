/**
 * Key figures as cards (label, value, one sentence), two or three per row. A row is never split across
 * pages; each card is one tagged paragraph so a screen reader reads label, value and sentence together.
 */
import {
	COLOUR,
	CONTENT_WIDTH,
	drawArtifact,
	ensureSpace,
	FONT,
	measureText,
	PAGE,
	SIZE,
	SPACE
} from './pdf-layout';
import { writeText } from './pdf-text-blocks';
import type { KeyFigure } from './report-types';

type Doc = PDFKit.PDFDocument;
type Parent = PDFKit.PDFStructureElement;

const LEFT = PAGE.margins.left;
const CARD_PAD = 8;
const CARD_GAP = 10;

function chooseCardColumns(count: number): number {
	if (count <= 3) return Math.max(count, 1);
	return count === 4 ? 2 : 3;
}

function measureCard(doc: Doc, figure: KeyFigure, width: number): number {
	const inner = width - 2 * CARD_PAD;
	return (
		2 * CARD_PAD +
		measureText(doc, figure.label, FONT.bold, SIZE.small, inner) +
		measureText(doc, figure.value, FONT.bold, SIZE.keyValue, inner) +
		measureText(doc, figure.sentence, FONT.regular, SIZE.small, inner) +
		6
	);
}

function layoutCards(
	doc: Doc,
	figures: KeyFigure[]
): { width: number; rows: { figures: KeyFigure[]; height: number }[] } {
	const columns = chooseCardColumns(figures.length);
	const width = (CONTENT_WIDTH - (columns - 1) * CARD_GAP) / columns;
	const rows: { figures: KeyFigure[]; height: number }[] = [];
	for (let i = 0; i < figures.length; i += columns) {
		const rowFigures = figures.slice(i, i + columns);
		rows.push({
			figures: rowFigures,
			height: Math.max(...rowFigures.map((f) => measureCard(doc, f, width)))
		});
	}
	return { width, rows };
}

/** Height of the first row of key-figure cards (kept with a preceding heading). */
export function measureKeyFiguresLeadIn(doc: Doc, figures: KeyFigure[]): number {
	return layoutCards(doc, figures).rows[0]?.height ?? 0;
}

/** Key figures as cards, two or three per row; a row of cards is never split across pages. */
export function drawKeyFigures(doc: Doc, parent: Parent, figures: KeyFigure[]): void {
	const { width, rows } = layoutCards(doc, figures);
	for (const row of rows) {
		ensureSpace(doc, row.height);
		const y = doc.y;
		drawArtifact(doc, () => {
			row.figures.forEach((_, i) => {
				const x = LEFT + i * (width + CARD_GAP);
				doc.rect(x, y, width, row.height).fillColor(COLOUR.cardFill).fill();
				doc.rect(x, y, 3, row.height).fillColor(COLOUR.accent).fill();
			});
		});
		row.figures.forEach((figure, i) => {
			const x = LEFT + i * (width + CARD_GAP) + CARD_PAD;
			const inner = width - 2 * CARD_PAD;
			parent.add(
				doc.struct('P', {}, () => {
					writeText(doc, figure.label, x, y + CARD_PAD, {
						font: FONT.bold,
						size: SIZE.small,
						width: inner,
						colour: COLOUR.muted
					});
					writeText(doc, figure.value, x, doc.y + 2, { font: FONT.bold, size: SIZE.keyValue, width: inner });
					writeText(doc, figure.sentence, x, doc.y + 2, {
						font: FONT.regular,
						size: SIZE.small,
						width: inner
					});
				})
			);
		});
		doc.y = y + row.height + CARD_GAP;
	}
	doc.y += SPACE.block - CARD_GAP;
}

/**
 * The table of contents. Its pages are reserved right after the cover (their number is known from the
 * titles alone), and filled at the end, once every section's page is known. Each line is a tagged TOCI with
 * a Link to the section's named destination, and a dotted leader drawn as an Artifact.
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
	type PdfContext
} from './pdf-layout';
import { drawHeading, writeText } from './pdf-text-blocks';

const LEFT = PAGE.margins.left;
const NUMBER_WIDTH = 36;
const TITLE_WIDTH = CONTENT_WIDTH - NUMBER_WIDTH - 12;
const ENTRY_GAP = 7;

/** `structParent` ties the annotation to the Link element: pdfkit 0.20 supports it, @types/pdfkit omits it. */
type LinkAnnotationOptions = PDFKit.Mixins.AnnotationOption & { structParent: PDFKit.PDFStructureElement };

export interface TocReservation {
	firstPageIndex: number;
	pageCount: number;
	/** Where entries start on the first page (below the heading). */
	firstY: number;
	section: PDFKit.PDFStructureElement;
	element: PDFKit.PDFStructureElement;
}

function measureEntry(doc: PDFKit.PDFDocument, title: string): number {
	return measureText(doc, title, FONT.regular, SIZE.body, TITLE_WIDTH) + ENTRY_GAP;
}

/** Adds the "Sommaire" page(s) with their heading; the entries come later from `drawToc`. */
export function reserveToc(ctx: PdfContext, titles: string[]): TocReservation {
	const { doc, root, labels } = ctx;
	doc.addPage();
	const firstPageIndex = doc.bufferedPageRange().count - 1;
	const section = doc.struct('Sect');
	root.add(section);
	drawHeading(doc, section, labels.contents, 'H2', 0);
	const firstY = doc.y + 6;
	const element = doc.struct('TOC');
	// Left open: ending the section would end the TOC element before its entries exist.
	section.add(element);
	let pageCount = 1;
	let y = firstY;
	for (const title of titles) {
		const height = measureEntry(doc, title);
		if (y + height > CONTENT_BOTTOM) {
			pageCount++;
			doc.addPage();
			y = PAGE.margins.top;
		}
		y += height;
	}
	return { firstPageIndex, pageCount, firstY, section, element };
}

/** Writes the entries (title, dotted leader, page number) on the reserved pages. */
export function drawToc(ctx: PdfContext, reservation: TocReservation): void {
	const { doc } = ctx;
	let pageIndex = reservation.firstPageIndex;
	doc.switchToPage(pageIndex);
	let y = reservation.firstY;
	for (const entry of ctx.toc) {
		const height = measureEntry(doc, entry.title);
		if (y + height > CONTENT_BOTTOM && pageIndex < reservation.firstPageIndex + reservation.pageCount - 1) {
			doc.switchToPage(++pageIndex);
			y = PAGE.margins.top;
		}
		const entryY = y;
		const item = doc.struct('TOCI');
		reservation.element.add(item);
		const link = doc.struct('Link', { alt: entry.title });
		item.add(link);
		link.add(() => {
			writeText(doc, entry.title, LEFT, entryY, { font: FONT.regular, size: SIZE.body, width: TITLE_WIDTH });
			writeText(doc, String(entry.page), LEFT + CONTENT_WIDTH - NUMBER_WIDTH, entryY, {
				font: FONT.bold,
				size: SIZE.body,
				width: NUMBER_WIDTH,
				align: 'right'
			});
		});
		const linkOptions: LinkAnnotationOptions = { structParent: link };
		doc.goTo(LEFT, entryY, CONTENT_WIDTH, height - ENTRY_GAP, entry.destination, linkOptions);
		link.end();
		item.end();
		drawLeader(doc, entry.title, entryY, height - ENTRY_GAP);
		y += height;
	}
	reservation.element.end();
	reservation.section.end();
}

/** Dots from the end of a one-line title to the page number; long wrapped titles go without. */
function drawLeader(doc: PDFKit.PDFDocument, title: string, y: number, height: number): void {
	doc.font(FONT.regular).fontSize(SIZE.body);
	const titleWidth = doc.widthOfString(title);
	if (titleWidth >= TITLE_WIDTH) return;
	const baseline = y + height - SIZE.lineGap - 3;
	const from = LEFT + titleWidth + 4;
	const to = LEFT + CONTENT_WIDTH - NUMBER_WIDTH - 2;
	if (to - from < 10) return;
	drawArtifact(
		doc,
		() =>
			doc
				.moveTo(from, baseline)
				.lineTo(to, baseline)
				.lineWidth(0.8)
				.dash(0.8, { space: 2.5 })
				.strokeColor(COLOUR.rule)
				.stroke()
				.undash(),
		'Layout'
	);
}

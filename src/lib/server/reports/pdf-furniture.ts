/**
 * Document furniture: the cover page, and the running header ("organisation · short title") and footer
 * ("Page N / M") added to every page but the cover once all pages exist (pages are buffered).
 */
import { format } from '../../i18n/format';
import {
	COLOUR,
	CONTENT_WIDTH,
	drawArtifact,
	FONT,
	measureText,
	PAGE,
	SIZE,
	type PdfContext
} from './pdf-layout';
import { formatLongDate } from './pdf-labels';
import { writeText } from './pdf-text-blocks';
import type { ReportMeta } from './report-types';

const LEFT = PAGE.margins.left;

/** The cover: organisation, title (H1), subtitle, period, generation date and author role. */
export function drawCover(ctx: PdfContext, meta: ReportMeta): void {
	const { doc, root, labels } = ctx;
	doc.addPage();
	drawArtifact(doc, () => {
		doc.rect(0, 0, PAGE.width, 14).fillColor(COLOUR.accent).fill();
		doc.rect(LEFT, 128, 60, 4).fillColor(COLOUR.accent).fill();
	});
	const cover = doc.struct('Sect');
	root.add(cover);
	const paragraph = (
		text: string,
		y: number,
		font: string,
		size: number,
		colour: string = COLOUR.text
	): number => {
		cover.add(
			doc.struct('P', {}, () => writeText(doc, text, LEFT, y, { font, size, width: CONTENT_WIDTH, colour }))
		);
		return y + measureText(doc, text, font, size, CONTENT_WIDTH);
	};
	paragraph(meta.organisation, 90, FONT.bold, 15, COLOUR.accent);

	let y = 250;
	cover.add(
		doc.struct('H1', {}, () =>
			writeText(doc, meta.title, LEFT, y, { font: FONT.bold, size: SIZE.h1, width: CONTENT_WIDTH })
		)
	);
	y += measureText(doc, meta.title, FONT.bold, SIZE.h1, CONTENT_WIDTH) + 12;
	if (meta.subtitle) y = paragraph(meta.subtitle, y, FONT.regular, 14, COLOUR.muted) + 18;
	paragraph(format(labels.period, { period: meta.periodLabel }), y, FONT.regular, 12);

	const date = format(labels.generatedOn, { date: formatLongDate(meta.generatedAt) });
	const bottom = paragraph(date, 680, FONT.regular, SIZE.body, COLOUR.muted);
	paragraph(
		format(labels.preparedBy, { role: meta.authorRole }),
		bottom + 4,
		FONT.regular,
		SIZE.body,
		COLOUR.muted
	);
	cover.end();
}

/** Header and footer on pages 2…M, as pagination Artifacts (not read aloud, not in the structure). */
export function drawRunningFurniture(ctx: PdfContext, meta: ReportMeta): void {
	const { doc, labels } = ctx;
	const { start, count } = doc.bufferedPageRange();
	const headerText = `${meta.organisation} · ${meta.shortTitle ?? meta.title}`;
	const small = {
		font: FONT.regular,
		size: SIZE.small,
		width: CONTENT_WIDTH,
		colour: COLOUR.muted,
		height: 14
	};
	for (let index = start + 1; index < start + count; index++) {
		doc.switchToPage(index);
		const pageText = format(labels.pageOf, { n: index + 1, total: count });
		drawArtifact(
			doc,
			() => {
				writeText(doc, headerText, LEFT, 34, small);
				doc
					.moveTo(LEFT, 48)
					.lineTo(LEFT + CONTENT_WIDTH, 48)
					.lineWidth(0.5)
					.strokeColor(COLOUR.rule)
					.stroke();
				const footerY = PAGE.height - 50;
				doc
					.moveTo(LEFT, footerY)
					.lineTo(LEFT + CONTENT_WIDTH, footerY)
					.lineWidth(0.5)
					.strokeColor(COLOUR.rule)
					.stroke();
				writeText(doc, pageText, LEFT, footerY + 6, { ...small, align: 'right' });
			},
			'Pagination'
		);
	}
}

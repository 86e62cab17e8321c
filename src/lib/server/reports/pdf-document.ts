/**
 * Creates the pdfkit document: A4, buffered pages (for the table of contents and "Page N / M"), tagged,
 * French, PDF/A-2b markers (XMP pdfaid + sRGB output intent), the shipped DejaVu Sans embedded as the only
 * fonts (pdfkit's default Helvetica is never loaded: it is not embedded and has no U+202F).
 */
import PDFDocument from 'pdfkit';
import { FONT, PAGE } from './pdf-layout';
import { readFontFile } from './pdf-fonts';
import type { ReportMeta } from './report-types';

export interface PdfDocumentOptions {
	/** Tests turn compression off to read the raw objects; production keeps it on. */
	compress?: boolean;
}

/** pdfkit 0.20.2 writes Title/Author/… into the XMP packet without XML escaping (see MetadataMixin). */
interface XmpInfoWriter {
	_addInfo(): void;
	info: PDFKit.DocumentInfo;
}

function hasXmpInfoWriter(doc: object): doc is XmpInfoWriter {
	return '_addInfo' in doc && typeof doc._addInfo === 'function';
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Lets a title such as "Mairie de Saint-Jean & environs" keep the XMP well-formed (PDF/A requires it) while
 * the Info dictionary, written earlier from the same fields, keeps the literal text.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
	if (!hasXmpInfoWriter(doc)) throw new Error('pdfkit : écriture des métadonnées XMP introuvable');
	const writeInfo = doc._addInfo.bind(doc);
	doc._addInfo = () => {
		const raw = doc.info;
		const escaped: PDFKit.DocumentInfo = { ...raw };
		for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const) {
			const value = raw[key];
			if (typeof value === 'string') escaped[key] = escapeXml(value);
		}
		doc.info = escaped;
		try {
			writeInfo();
		} finally {
			doc.info = raw;
		}
	};
}

/** Builds the document shell from the report's metadata; the caller draws pages and calls `doc.end()`. */
export function createPdfDocument(meta: ReportMeta, options: PdfDocumentOptions = {}): PDFKit.PDFDocument {
	const creationDate = new Date(meta.generatedAt);
	if (Number.isNaN(creationDate.getTime())) {
		throw new RangeError(`date de génération invalide (meta.generatedAt) : ${meta.generatedAt}`);
	}
	// PDF/A wants Info and XMP to agree; pdfkit leaves an empty Keywords out of the XMP, so leave it out here too.
	const keywords = (meta.keywords ?? []).join(', ');
	const doc = new PDFDocument({
		size: 'A4',
		margins: PAGE.margins,
		autoFirstPage: false,
		bufferPages: true,
		compress: options.compress ?? true,
		pdfVersion: '1.7',
		subset: 'PDF/A-2b',
		tagged: true,
		lang: 'fr-FR',
		displayTitle: true,
		// No default font: pdfkit would otherwise load Helvetica (not embeddable in PDF/A, no U+202F).
		font: '',
		info: {
			Title: meta.title,
			Author: `${meta.organisation} — ${meta.authorRole}`,
			Subject: meta.subject ?? meta.subtitle ?? meta.title,
			...(keywords ? { Keywords: keywords } : {}),
			Creator: 'Cap Libre',
			Producer: 'Cap Libre (PDFKit 0.20)',
			CreationDate: creationDate
		}
	});
	escapeXmpInfo(doc);
	doc.registerFont(FONT.regular, readFontFile('regular'));
	doc.registerFont(FONT.bold, readFontFile('bold'));
	doc.font(FONT.regular);
	return doc;
}

/** Collects the document's bytes; resolves once `doc.end()` has flushed everything. */
export function collectPdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
}

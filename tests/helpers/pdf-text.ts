/**
 * Reads a PDF back with pdfjs-dist (legacy build for Node, no worker setup): text per page, images per page,
 * metadata, mark info and structure tree. Text is not Unicode-normalised, so U+202F and U+00A0 survive.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

// stack.md gotcha 3: a filesystem path with a trailing slash.
const standardFontDataUrl =
	join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

/** Opens PDF bytes; the caller should `destroy()` the document when done. */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
	return getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
}

/** Text of each page (index 0 = page 1); runs are joined with a space, lines with a newline. */
export async function extractPageTexts(bytes: Uint8Array): Promise<string[]> {
	const doc = await openPdf(bytes);
	try {
		const pages: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent({ disableNormalization: true });
			pages.push(
				content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('')
			);
		}
		return pages;
	} finally {
		await doc.destroy();
	}
}

/** Number of raster images painted on each page. */
export async function countImagesPerPage(bytes: Uint8Array): Promise<number[]> {
	const doc = await openPdf(bytes);
	try {
		const counts: number[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const { fnArray } = await (await doc.getPage(n)).getOperatorList();
			counts.push(fnArray.filter((op) => op === OPS.paintImageXObject).length);
		}
		return counts;
	} finally {
		await doc.destroy();
	}
}

export interface PdfStructureNode {
	role: string;
	alt?: string;
	children: PdfStructureNode[];
}

interface RawStructNode {
	role?: string;
	alt?: string;
	children?: unknown[];
}

function isRawStructNode(value: unknown): value is RawStructNode {
	return typeof value === 'object' && value !== null && 'role' in value;
}

function toStructureNode(raw: RawStructNode): PdfStructureNode {
	const children = (raw.children ?? []).filter(isRawStructNode).map(toStructureNode);
	return { role: raw.role ?? '', alt: raw.alt, children };
}

/** Document-level facts: Info, XMP packet, MarkInfo, and the structure roles found on each page. */
export async function readPdfFacts(bytes: Uint8Array): Promise<{
	info: Record<string, unknown>;
	xmp: string | null;
	isMarked: boolean;
	pageStructures: PdfStructureNode[];
}> {
	const doc = await openPdf(bytes);
	try {
		const metadata = await doc.getMetadata();
		const markInfo = await doc.getMarkInfo();
		const pageStructures: PdfStructureNode[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const tree: unknown = await (await doc.getPage(n)).getStructTree();
			pageStructures.push(isRawStructNode(tree) ? toStructureNode(tree) : { role: 'none', children: [] });
		}
		return {
			info: { ...metadata.info },
			xmp: metadata.metadata ? metadata.metadata.getRaw() : null,
			isMarked: markInfo?.Marked === true,
			pageStructures
		};
	} finally {
		await doc.destroy();
	}
}

/** Every role in a structure tree, depth first. */
export function listRoles(node: PdfStructureNode): string[] {
	return [node.role, ...node.children.flatMap(listRoles)];
}

/** glyph id → text, from one ToUnicode CMap (pdfkit writes `bfrange` arrays, one entry per glyph). */
function parseToUnicode(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	const hexToText = (hex: string) =>
		String.fromCodePoint(...(hex.match(/[0-9a-f]{4}/gi) ?? []).map((unit) => parseInt(unit, 16)));
	for (const [, start, list] of cmap.matchAll(/<([0-9a-f]+)>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
		[...list.matchAll(/<([0-9a-f ]+)>/gi)].forEach(([, hex], i) =>
			map.set(parseInt(start, 16) + i, hexToText(hex))
		);
	}
	for (const [, gid, hex] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]+)>\s*$/gim)) {
		map.set(parseInt(gid, 16), hexToText(hex));
	}
	return map;
}

/**
 * The text of every `TJ` operator of an UNCOMPRESSED pdfkit PDF, decoded with each embedded font's ToUnicode
 * map (a run decoded with the other font's map is garbage and simply matches nothing). Unlike pdfjs, this keeps
 * U+00A0 and U+202F as they were written.
 */
export function decodeShownTexts(rawPdf: Uint8Array): string[] {
	const source = Buffer.from(rawPdf).toString('latin1');
	const cmaps = [...source.matchAll(/begincmap([\s\S]*?)endcmap/g)].map(([, body]) => parseToUnicode(body));
	// pdfkit writes one `[<hex> kerning <hex> …] TJ` per line.
	const runs = source
		.split('\n')
		.filter((line) => line.startsWith('[<') && line.endsWith('] TJ'))
		.map((line) => (line.match(/<[0-9a-f]*>/gi) ?? []).map((hex) => hex.slice(1, -1)).join(''));
	return runs.flatMap((hex) =>
		cmaps.map((cmap) =>
			(hex.match(/[0-9a-f]{4}/gi) ?? []).map((gid) => cmap.get(parseInt(gid, 16)) ?? '\ufffd').join('')
		)
	);
}

/**
 * The fonts shipped with Cap Libre (static/fonts), shared by the PDF and the server-side charts so that
 * neither depends on the host's system fonts. DejaVu Sans covers U+202F, « », accents, € and arrows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

export const FONT_FILES = {
	regular: 'dejavu-sans-latin-400-normal.woff',
	bold: 'dejavu-sans-latin-700-normal.woff'
} as const;

export type FontWeight = keyof typeof FONT_FILES;

/**
 * Where static/fonts is found, relative to a module directory: from src/lib/server/reports/ in dev and tests,
 * from build/server/chunks/ once bundled (the project root holds static/), or from a deployment that ships
 * only build/ (adapter-node copies static/ to build/client/).
 */
const CANDIDATES = [join('static', 'fonts'), join('client', 'fonts')];

/**
 * Walks up from `startDir` (default: this module's directory) and returns the first fonts directory that holds
 * the regular font file. Throws a French message if none is found, because a PDF without its fonts would fall
 * back to Helvetica (no embedding, no U+202F).
 */
export function resolveFontsDir(startDir: string = import.meta.dirname): string {
	let dir = startDir;
	for (;;) {
		for (const candidate of CANDIDATES) {
			const fontsDir = join(dir, candidate);
			if (existsSync(join(fontsDir, FONT_FILES.regular))) return fontsDir;
		}
		const parent = dirname(dir);
		if (parent === dir) {
			throw new Error(`Polices introuvables : aucun dossier static/fonts au-dessus de ${startDir}`);
		}
		dir = parent;
	}
}

/** Absolute path of one shipped font file. */
export function resolveFontPath(weight: FontWeight, fontsDir: string = resolveFontsDir()): string {
	return join(fontsDir, FONT_FILES[weight]);
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

/**
 * Unpacks a WOFF 1.0 file into the TrueType/OpenType file it wraps (W3C WOFF 1.0 §4-5: each table is
 * zlib-compressed unless its compressed length equals its original length). fontkit reads WOFF directly but
 * re-inflates the whole `glyf` table for every glyph it subsets, which made a 15-page report take 4 s.
 */
export function convertWoffToSfnt(woff: Buffer): Buffer {
	if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) return woff;
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const entry = WOFF_HEADER + i * WOFF_ENTRY;
		const offset = woff.readUInt32BE(entry + 4);
		const compLength = woff.readUInt32BE(entry + 8);
		const origLength = woff.readUInt32BE(entry + 12);
		const stored = woff.subarray(offset, offset + compLength);
		return {
			tag: woff.readUInt32BE(entry),
			checksum: woff.readUInt32BE(entry + 16),
			data: compLength === origLength ? stored : inflateSync(stored)
		};
	});
	// Binary-search fields of the sfnt offset table (OpenType spec, "Table directory").
	const power = 2 ** Math.floor(Math.log2(Math.max(numTables, 1)));
	const header = Buffer.alloc(12 + numTables * SFNT_ENTRY);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(numTables, 4);
	header.writeUInt16BE(power * 16, 6);
	header.writeUInt16BE(Math.log2(power), 8);
	header.writeUInt16BE(numTables * 16 - power * 16, 10);
	const chunks: Buffer[] = [header];
	let offset = header.length;
	tables.forEach((table, i) => {
		const record = 12 + i * SFNT_ENTRY;
		header.writeUInt32BE(table.tag, record);
		header.writeUInt32BE(table.checksum, record + 4);
		header.writeUInt32BE(offset, record + 8);
		header.writeUInt32BE(table.data.length, record + 12);
		const padding = (4 - (table.data.length % 4)) % 4;
		chunks.push(table.data, Buffer.alloc(padding));
		offset += table.data.length + padding;
	});
	return Buffer.concat(chunks);
}

const fontCache = new Map<FontWeight, Buffer>();

/** The font as TrueType bytes (unpacked from the shipped WOFF), read once per process. */
export function readFontFile(weight: FontWeight): Buffer {
	let bytes = fontCache.get(weight);
	if (!bytes) {
		bytes = convertWoffToSfnt(readFileSync(resolveFontPath(weight)));
		fontCache.set(weight, bytes);
	}
	return bytes;
}

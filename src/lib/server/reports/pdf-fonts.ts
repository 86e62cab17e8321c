/**
 * The fonts shipped with Cap Libre (static/fonts), shared by the PDF and the server-side charts so that
 * neither depends on the host's system fonts. DejaVu Sans covers U+202F, « », accents, € and arrows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

const fontCache = new Map<FontWeight, Buffer>();

/** The font file's bytes, read once per process. */
export function readFontFile(weight: FontWeight): Buffer {
	let bytes = fontCache.get(weight);
	if (!bytes) {
		bytes = readFileSync(resolveFontPath(weight));
		fontCache.set(weight, bytes);
	}
	return bytes;
}

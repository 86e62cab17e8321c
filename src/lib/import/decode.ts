/**
 * Bytes → text, before anything else looks at the file: reject what is not a CSV (empty, xlsx, HTML,
 * binary, too large), detect the encoding from the BOM or by strict UTF-8 validation, then decode.
 * Windows-1252 is decoded by hand: Node 20's TextDecoder maps 0x80 to U+0080 instead of `€`.
 */
import type { Encoding, Rejection } from './types';

const MEBIBYTE = 1024 * 1024;

const CP1252_HIGH: readonly number[] = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
	0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
	0x153, 0x9d, 0x17e, 0x178
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
	if (bytes.length < offset + prefix.length) return false;
	for (let i = 0; i < prefix.length; i++) if (bytes[offset + i] !== prefix[i]) return false;
	return true;
}

function readBom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bomLength: 3 };
	if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
	if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
	return null;
}

/**
 * UTF-16 without BOM (some tools omit it): ASCII text then has a NUL at every odd (LE) or even (BE) byte.
 * Returns the byte order when at least 90 % of the sampled code units look like that, else null.
 */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let le = 0;
	let be = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] !== 0 && bytes[i + 1] === 0) le++;
		else if (bytes[i] === 0 && bytes[i + 1] !== 0) be++;
	}
	const units = n / 2;
	if (le >= units * 0.9) return 'utf-16le';
	if (be >= units * 0.9) return 'utf-16be';
	return null;
}

/** Index of the first byte that is not ASCII whitespace, after an optional UTF-8 BOM. */
function skipLeadingBlank(bytes: Uint8Array): number {
	let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0d))) i++;
	return i;
}

function hasAsciiPrefixIgnoringCase(bytes: Uint8Array, offset: number, prefix: string): boolean {
	if (bytes.length < offset + prefix.length) return false;
	for (let i = 0; i < prefix.length; i++) {
		const b = bytes[offset + i];
		const lower = b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
		if (lower !== prefix.charCodeAt(i)) return false;
	}
	return true;
}

function isBlankAfterBom(bytes: Uint8Array, bom: { encoding: Encoding; bomLength: number } | null): boolean {
	if (!bom || bom.encoding === 'utf-8') return skipLeadingBlank(bytes) >= bytes.length;
	// UTF-16: every code unit is whitespace (one zero byte, one whitespace byte).
	for (let i = bom.bomLength; i + 1 < bytes.length; i += 2) {
		const unit =
			bom.encoding === 'utf-16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
		if (unit !== 0x20 && (unit < 0x09 || unit > 0x0d)) return false;
	}
	return true;
}

/** Share of control bytes (other than TAB, LF, CR, FF) in the head: text files have none. */
function countControlBytes(bytes: Uint8Array): { nul: number; control: number } {
	let nul = 0;
	let control = 0;
	const n = Math.min(bytes.length, 65536);
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) nul++;
		else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return { nul, control };
}

function formatMebibytes(bytes: number): string {
	return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / MEBIBYTE);
}

const HTML_PAGE: Rejection = {
	code: 'html',
	message:
		'Ce fichier est une page web (HTML), pas un export CSV : la session de l’outil d’origine avait sans doute expiré. Reconnectez-vous à l’outil et relancez l’export.'
};
const XML_DOCUMENT: Rejection = {
	code: 'xml',
	message:
		'Ce fichier est un document XML (par exemple un classeur « XML 2003 »), pas un CSV. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format CSV.'
};

/**
 * The page checks of checkBytes on the decoded start of a file, for what bytes do not show: an HTML page or
 * an XML document saved as Unicode text (UTF-16) by a browser or by Excel.
 */
export function checkText(start: string): Rejection | null {
	const s = start
		.replace(/^[\ufeff\s]+/, '')
		.slice(0, 9)
		.toLowerCase();
	if (s.startsWith('<!doctype') || s.startsWith('<html')) return HTML_PAGE;
	if (s.startsWith('<?xml')) return XML_DOCUMENT;
	return null;
}

/**
 * Rejects a file from its first bytes (`head`, ideally ≥ 4 KiB) and its total size, before any decoding.
 * Returns null when the bytes may be a CSV. Order: empty, too large, BOM-only/blank, ZIP (xlsx), OLE2 (xls),
 * PDF, HTML/XML page, binary (NUL or control bytes, unless UTF-16 which legitimately holds NULs).
 */
export function checkBytes(head: Uint8Array, totalBytes: number, maxBytes: number): Rejection | null {
	if (totalBytes === 0 || head.length === 0) {
		return { code: 'empty', message: 'Import impossible : fichier vide (0 octet), rien à importer.' };
	}
	if (totalBytes > maxBytes) {
		return {
			code: 'too-large',
			message: `Fichier trop volumineux : ${formatMebibytes(totalBytes)} Mo, alors que la taille maximale autorisée est de ${formatMebibytes(maxBytes)} Mo. Exportez une période plus courte ou découpez le fichier.`
		};
	}
	const bom = readBom(head);
	if (isBlankAfterBom(head, bom) && totalBytes <= head.length) {
		return {
			code: 'blank',
			message:
				'Import impossible : fichier vide (il ne contient que des espaces, des lignes blanches ou une marque d’encodage BOM).'
		};
	}
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
		return {
			code: 'xlsx',
			message:
				'Ce fichier est un classeur Excel (.xlsx) renommé en .csv, pas un vrai fichier CSV. Ouvrez-le dans Excel ou LibreOffice, enregistrez le classeur au format CSV (séparateur : point-virgule), puis importez ce nouveau fichier.'
		};
	}
	if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
		return {
			code: 'xls',
			message:
				'Ce fichier est un ancien classeur Excel (.xls) renommé en .csv. Ouvrez-le dans Excel ou LibreOffice, enregistrez le classeur au format CSV (séparateur : point-virgule), puis importez ce nouveau fichier.'
		};
	}
	const start = skipLeadingBlank(head);
	if (hasAsciiPrefixIgnoringCase(head, start, '%pdf')) {
		return {
			code: 'pdf',
			message: 'Ce fichier est un document PDF, pas un export CSV. Exportez les données au format CSV.'
		};
	}
	if (
		hasAsciiPrefixIgnoringCase(head, start, '<!doctype') ||
		hasAsciiPrefixIgnoringCase(head, start, '<html')
	) {
		return HTML_PAGE;
	}
	if (hasAsciiPrefixIgnoringCase(head, start, '<?xml')) {
		return XML_DOCUMENT;
	}
	if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be' || detectBomlessUtf16(head)) return null;
	const { nul, control } = countControlBytes(head);
	if (nul > 0 || control > Math.max(2, Math.min(head.length, 65536) / 100)) {
		return {
			code: 'binary',
			message:
				'Ce fichier n’est pas un fichier texte CSV (contenu binaire : image, archive, exécutable…). Vérifiez que vous avez choisi le bon fichier.'
		};
	}
	return null;
}

/**
 * Length of `bytes` cut back to the last complete UTF-8 sequence, so a head sliced in the middle of a
 * multi-byte character still validates as UTF-8.
 */
function trimIncompleteUtf8Tail(bytes: Uint8Array): number {
	const n = bytes.length;
	for (let back = 1; back <= 3 && back <= n; back++) {
		const b = bytes[n - back];
		if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
		const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return needed > back ? n - back : n;
	}
	return n;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Encoding of a file from its bytes (all of them, or a head): BOM first (UTF-8, UTF-16LE, UTF-16BE),
 * then BOM-less UTF-16 by NUL pattern, then strict UTF-8 validation; anything else is Windows-1252
 * (not ISO-8859-1: `€` is 0x80 only in cp1252, which Excel fr-FR writes).
 */
export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
	const bom = readBom(bytes);
	if (bom) return bom;
	const utf16 = detectBomlessUtf16(bytes);
	if (utf16) return { encoding: utf16, bomLength: 0 };
	try {
		strictUtf8.decode(bytes.subarray(0, trimIncompleteUtf8Tail(bytes)));
		return { encoding: 'utf-8', bomLength: 0 };
	} catch {
		return { encoding: 'windows-1252', bomLength: 0 };
	}
}

const latin1 = new TextDecoder('latin1');
const CP1252_C1 = /[\u0080-\u009f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
	// latin1 maps every byte to the same code point; only 0x80–0x9F differ in cp1252.
	return latin1
		.decode(bytes)
		.replace(CP1252_C1, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** Decodes `bytes` (after skipping `bomLength` bytes of BOM) into a string. Invalid sequences become U+FFFD. */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding, bomLength: number): string {
	const body = bytes.subarray(bomLength);
	if (encoding === 'windows-1252') return decodeWindows1252(body);
	return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

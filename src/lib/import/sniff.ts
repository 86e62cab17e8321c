/**
 * Layout of a file from its first ~64 KiB of text: the delimiter (the candidate that cuts the records into a
 * constant number of columns, counting only delimiters outside quotes) and the header row (the record that
 * best matches a known signature among the first 20 non-empty ones, else the first plausible one), so
 * ERP title blocks and PowerShell's `#TYPE` line are skipped.
 */
import { classifyLine } from './classify';
import { matchFormat } from './formats/index';
import { parseRecords } from './parse';
import type { Delimiter, Rejection, SkippedLine } from './types';

export interface Layout {
	delimiter: Delimiter;
	/** 0-based record index of the header row (record index + 1 = Excel row number). */
	headerIndex: number;
	header: string[];
	/** Title and blank lines before the header. */
	skipped: SkippedLine[];
}

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];
const SNIFF_RECORDS = 200;
const HEADER_WINDOW = 20;
const TEXTUAL = /[A-Za-zÀ-ÿ]/;
const NUMERIC_OR_DATE = /^[\d\s\u00a0\u202f.,:/+-]+(?:€|%)?$/;

interface Candidate {
	delimiter: Delimiter;
	records: string[][];
	/** Indices of the first non-empty records, `#` comment lines excluded. */
	window: number[];
	modalWidth: number;
	modalCount: number;
	knownIndex: number;
	knownScore: number;
}

function countFilled(cells: readonly string[]): number {
	let n = 0;
	for (const c of cells) if (c.trim() !== '') n++;
	return n;
}

function examine(text: string, delimiter: Delimiter): Candidate {
	const records = parseRecords(text, delimiter, SNIFF_RECORDS);
	const window: number[] = [];
	const widths = new Map<number, number>();
	records.forEach((r, i) => {
		if (countFilled(r) === 0 || r[0].trimStart().startsWith('#')) return;
		if (window.length < HEADER_WINDOW) window.push(i);
		if (r.length >= 2) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
	});
	let modalWidth = 1;
	let modalCount = 0;
	for (const [width, count] of widths) {
		if (count > modalCount || (count === modalCount && width > modalWidth))
			[modalWidth, modalCount] = [width, count];
	}
	let knownIndex = -1;
	let knownScore = 0;
	for (const i of window) {
		const score = matchFormat(records[i])?.score ?? 0;
		if (score > knownScore) [knownIndex, knownScore] = [i, score];
	}
	return { delimiter, records, window, modalWidth, modalCount, knownIndex, knownScore };
}

/** A known header wins; otherwise the most records sharing the same width, weighted by that width. */
function rank(c: Candidate): number {
	return c.knownScore * 1e6 + c.modalCount * Math.min(c.modalWidth, 100);
}

/** First record that looks like a header: enough filled cells, mostly words rather than numbers or dates. */
function findPlausibleHeader(c: Candidate): number {
	const need = Math.max(2, Math.ceil(c.modalWidth / 2));
	for (const i of c.window) {
		const filled = c.records[i].map((v) => v.trim()).filter((v) => v !== '');
		const words = filled.filter((v) => TEXTUAL.test(v) && !NUMERIC_OR_DATE.test(v)).length;
		if (filled.length >= need && words * 2 >= filled.length) return i;
	}
	return c.window.find((i) => c.records[i].length === c.modalWidth) ?? c.window[0];
}

/**
 * Finds the delimiter and the header row of a file from its head (decoded text, BOM optional).
 * Returns a Rejection when the text is blank or no delimiter splits it into at least two columns.
 */
export function sniffLayout(headText: string): Layout | Rejection {
	const text = headText.charCodeAt(0) === 0xfeff ? headText.slice(1) : headText;
	if (text.trim() === '') {
		return {
			code: 'blank',
			message: 'Import impossible : fichier vide (il ne contient que des lignes blanches).'
		};
	}
	const best = CANDIDATES.map((d) => examine(text, d)).reduce((a, b) => (rank(b) > rank(a) ? b : a));
	if (best.window.length === 0) {
		return {
			code: 'blank',
			message:
				'Import impossible : fichier vide (il ne contient que des lignes vides ou des séparateurs ;;;;).'
		};
	}
	if (best.knownScore === 0 && best.modalWidth < 2) {
		return {
			code: 'no-delimiter',
			message:
				'Impossible de repérer les colonnes du fichier : ni le point-virgule, ni la virgule, ni la tabulation ne découpent les lignes de façon régulière. Vérifiez qu’il s’agit bien d’un export CSV.'
		};
	}
	const headerIndex = best.knownScore > 0 ? best.knownIndex : findPlausibleHeader(best);
	const skipped: SkippedLine[] = [];
	for (let i = 0; i < headerIndex; i++) {
		const kind = classifyLine(best.records[i], best.modalWidth);
		skipped.push({ line: i + 1, reason: kind === 'blank' || kind === 'separators' ? kind : 'title' });
	}
	return { delimiter: best.delimiter, headerIndex, header: best.records[headerIndex], skipped };
}

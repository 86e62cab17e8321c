/**
 * RFC 4180 parsing through papaparse (the only papaparse user): quoted fields may hold the delimiter, `""`
 * and LF/CRLF newlines. Records are cut on LF and a trailing CR is dropped, so LF, CRLF and files that mix
 * both (Excel writes LF inside cells and CRLF between records) all parse the same way.
 */
import Papa from 'papaparse';
import type { Delimiter } from './types';

type Newline = '\n' | '\r';

function chooseNewline(sample: string): Newline {
	return sample.indexOf('\n') < 0 && sample.indexOf('\r') >= 0 ? '\r' : '\n';
}

/** Drops the CR left at the end of a CRLF record (an unquoted last cell never legitimately ends with CR). */
function dropTrailingCr(cells: string[]): string[] {
	const last = cells.length - 1;
	const cell = cells[last];
	if (cell.length > 0 && cell.charCodeAt(cell.length - 1) === 13) cells[last] = cell.slice(0, -1);
	return cells;
}

function isBlankRecord(cells: string[]): boolean {
	return cells.length === 1 && cells[0] === '';
}

/**
 * Parses the whole text into physical records, blank ones included (as `[""]`), so that the record at
 * index i is Excel row i + 1. The empty record papaparse adds after a final newline is removed.
 * `maxRecords` stops early (used by sniffing).
 */
export function parseRecords(text: string, delimiter: Delimiter, maxRecords?: number): string[][] {
	if (text === '') return [];
	const result = Papa.parse<string[]>(text, {
		delimiter,
		newline: chooseNewline(text.slice(0, 65536)),
		quoteChar: '"',
		skipEmptyLines: false,
		preview: maxRecords ?? 0
	});
	const records = result.data;
	for (let i = 0; i < records.length; i++) dropTrailingCr(records[i]);
	const endsWithNewline = text.endsWith('\n') || text.endsWith('\r');
	if (
		maxRecords === undefined &&
		endsWithNewline &&
		records.length > 0 &&
		isBlankRecord(records[records.length - 1])
	) {
		records.pop();
	}
	return records;
}

/**
 * Streams records from a Node readable stream of decoded text (papaparse's stream mode), calling
 * `onRecord(cells, line)` with the same records and 1-based line numbers as parseRecords. The promise
 * resolves with the number of records once the stream ends. Does no I/O itself: the caller opens the stream.
 */
export function streamRecords(
	stream: NodeJS.ReadableStream,
	delimiter: Delimiter,
	onRecord: (cells: string[], line: number) => void,
	newline: Newline = '\n'
): Promise<number> {
	return new Promise((resolve, reject) => {
		let line = 0;
		// In stream mode papaparse does not add the empty record after a final newline.
		Papa.parse<string[]>(stream, {
			delimiter,
			newline,
			quoteChar: '"',
			skipEmptyLines: false,
			step(result) {
				onRecord(dropTrailingCr(result.data), ++line);
			},
			complete() {
				resolve(line);
			},
			error(err: Error) {
				reject(err);
			}
		});
	});
}

/** Writes records as CSV text (quoted only where needed, CRLF between records): the inverse of parseRecords. */
export function formatRecords(records: string[][], delimiter: Delimiter): string {
	return Papa.unparse(records, { delimiter, newline: '\r\n', quotes: false });
}

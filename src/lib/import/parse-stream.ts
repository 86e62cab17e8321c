import Papa from 'papaparse';
import type { Delimiter } from './types';

/** Anything papaparse can read as a stream: a Node Readable of decoded text (duck-typed, no I/O here). */
export interface TextStream {
	on(event: 'data' | 'end' | 'error', listener: (arg?: unknown) => void): unknown;
	pause(): unknown;
	resume(): unknown;
	read(): unknown;
	removeListener(event: string, listener: (arg?: unknown) => void): unknown;
}

/**
 * Parses a text stream record by record with papaparse (RFC 4180: quotes, doubled quotes, newlines inside
 * cells). `onRows` receives every physical record, blank ones included, so a record's index + 1 is the row
 * number a user sees in Excel. Resolves when the stream ends; rejects on a stream error or if onRows throws.
 */
export function parseTextStream(
	source: TextStream,
	delimiter: Delimiter,
	onRows: (rows: string[][]) => void
): Promise<void> {
	return new Promise((resolve, reject) => {
		let failed = false;
		Papa.parse<string[]>(source as unknown as NodeJS.ReadableStream, {
			delimiter,
			skipEmptyLines: false,
			chunk(results, parser) {
				if (failed) return;
				try {
					onRows(results.data);
				} catch (e) {
					failed = true;
					parser.abort();
					reject(e);
				}
			},
			complete() {
				if (!failed) resolve();
			},
			error(err: Error) {
				failed = true;
				reject(err);
			}
		});
		source.on('error', (err) => {
			if (!failed) {
				failed = true;
				reject(err);
			}
		});
	});
}

/**
 * In-memory pipeline for small files, previews and tests: bytes → checks → encoding → text → layout →
 * records → format (or guessed mapping) → row processor. The streaming server service runs the same
 * stages on chunks.
 */
import { classifyLine } from './classify';
import { checkBytes, checkText, decodeBytes, detectEncoding } from './decode';
import { decpJsonToCsv, looksLikeJson } from './decp-json';
import { detectFormat, type FormatProfile } from './formats/index';
import { guessMapping, type CustomMapping } from './mapping';
import { parseRecords } from './parse';
import { sniffLayout } from './sniff';
import type { Delimiter, Encoding, ImportContext, ImportRecord, Rejection } from './types';
import { createRowProcessor, type ProcessSummary } from './validate';

export interface AnalysisResult {
	status: 'ok' | 'rejected';
	rejection: Rejection | null;
	encoding: Encoding | null;
	delimiter: Delimiter | null;
	/** 1-based line of the header row. */
	headerLine: number | null;
	header: string[];
	format: FormatProfile | null;
	mapping: CustomMapping | null;
	records: ImportRecord[];
	summary: ProcessSummary | null;
	/** First 20 data rows as raw cells, for the mapping screen. Holds identifiers: show it, never store it. */
	preview: string[][];
}

/** Default size limit of analyseBytes (256 Mio); the server passes its configured limit. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const HEAD_BYTES = 65536;
const SAMPLE_ROWS = 200;
const PREVIEW_ROWS = 20;

function rejected(rejection: Rejection, encoding: Encoding | null): AnalysisResult {
	return {
		status: 'rejected',
		rejection,
		encoding,
		delimiter: null,
		headerLine: null,
		header: [],
		format: null,
		mapping: null,
		records: [],
		summary: null,
		preview: []
	};
}

/**
 * Analyses decoded text. Uses `opts.mapping` when given, else the detected format, else a guessed mapping
 * (returned in `mapping` for the user to confirm). Skipped title lines come first in summary.skipped.
 */
export function analyseText(
	text: string,
	ctx: ImportContext,
	opts: { mapping?: CustomMapping } = {}
): AnalysisResult {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const layout = sniffLayout(clean.slice(0, HEAD_BYTES));
	if ('code' in layout) return rejected(layout, null);
	const all = parseRecords(clean, layout.delimiter);
	const header = all[layout.headerIndex] ?? layout.header;
	const dataRows = all.slice(layout.headerIndex + 1);
	const sampleRows = dataRows.slice(0, SAMPLE_ROWS);
	const format = opts.mapping ? null : detectFormat(header);
	let chosen: FormatProfile | CustomMapping;
	let mapping: CustomMapping | null = null;
	if (format) chosen = format;
	else chosen = mapping = opts.mapping ?? guessMapping(header, sampleRows);
	const processor = createRowProcessor({
		format: chosen,
		header,
		headerLine: layout.headerIndex + 1,
		sampleRows,
		ctx
	});
	const records: ImportRecord[] = [];
	const firstDataLine = layout.headerIndex + 2;
	for (let k = 0; k < dataRows.length; k++) {
		const produced = processor.push(dataRows[k], firstDataLine + k);
		for (const r of produced) records.push(r);
	}
	const summary = processor.finish();
	summary.skipped = [...layout.skipped, ...summary.skipped];
	const width = header.length;
	const preview = dataRows.filter((r) => classifyLine(r, width) === 'data').slice(0, PREVIEW_ROWS);
	return {
		status: 'ok',
		rejection: null,
		encoding: null,
		delimiter: layout.delimiter,
		headerLine: layout.headerIndex + 1,
		header,
		format,
		mapping,
		records,
		summary,
		preview
	};
}

/** Analyses raw file bytes: rejects non-CSV files before decoding, then runs analyseText. */
export function analyseBytes(
	bytes: Uint8Array,
	ctx: ImportContext,
	opts: { maxBytes?: number; mapping?: CustomMapping } = {}
): AnalysisResult {
	const rejection = checkBytes(
		bytes.subarray(0, HEAD_BYTES),
		bytes.length,
		opts.maxBytes ?? DEFAULT_MAX_BYTES
	);
	if (rejection) return rejected(rejection, null);
	const { encoding, bomLength } = detectEncoding(bytes);
	let text = decodeBytes(bytes, encoding, bomLength);
	const pageRejection = checkText(text.slice(0, 64));
	if (pageRejection) return rejected(pageRejection, encoding);
	if (looksLikeJson(text.slice(0, 64))) {
		const decp = decpJsonToCsv(text);
		if ('code' in decp) return rejected(decp, encoding);
		text = decp.csv;
	}
	const result = analyseText(text, ctx, { mapping: opts.mapping });
	return { ...result, encoding };
}

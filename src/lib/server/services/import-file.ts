/**
 * importFile: the one use case behind the upload form, `cap-libre import` and the tests.
 * The file is streamed (twice only when its encoding must be proved first), never read whole into memory, and
 * committed in ONE transaction on a dedicated connection: any error line rejects the whole file.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Catalogue } from '../../domain/catalogue';
import {
	checkBytes,
	checkText,
	CUSTOM_FORMAT_LABEL,
	decodeBytes,
	decpJsonToCsv,
	detectEncoding,
	detectFormat,
	guessMapping,
	headerSignature,
	looksLikeJson,
	MAX_JSON_BYTES,
	parseRecords,
	sniffLayout,
	type CustomMapping,
	type FormatProfile
} from '../../import';
import { maskPersonalData } from '../../import/mask';
import type { ImportReport } from '../../import/report';
import type { Encoding } from '../../import/types';
import type { Db } from '../db';
import { createImportsRepository } from '../repositories/imports.repository';
import { HEAD_BYTES, readHead, scanWithoutBom } from './import-source';
import { commitFile, duplicateOf } from './import-transaction';

export type { ImportReport, ImportStatus } from '../../import/report';
export { importRunning, recordSnapshotAfter, writeBetweenImports } from './import-transaction';

export interface ImportDeps {
	/** Read side of the database (the request's or the CLI's connection). */
	db: Db;
	/** Path of the SQLite file: the commit runs on its own connection so other requests never see half a file. */
	databasePath: string;
	/** Keyed pseudonyms of identifiers joined by ID_SEPARATOR, as bytes (privacy/hmac-pool.ts digestsOf). */
	pseudonymDigests: (identifiers: string) => Promise<Uint8Array>;
	maxBytes: number;
	/** A catalogue to match products against instead of the organisation's own (tests). */
	catalogue?: Catalogue;
	/** Files from this size on are read on a reader thread (default THREAD_FROM_BYTES; tests force either way). */
	readerThreadFromBytes?: number;
}

export interface ImportInput {
	orgId: number;
	path: string;
	/** Name shown to the user (the uploaded name); defaults to the path's base name. */
	fileName?: string;
	actor: string;
	dryRun?: boolean;
	/** A column mapping confirmed by the user for a file that matches no known export. */
	mapping?: CustomMapping;
	signal?: AbortSignal;
	onProgress?: (bytesRead: number, totalBytes: number) => void;
}

const SAMPLE_ROWS = 200;

function emptyReport(file: string): ImportReport {
	return {
		file,
		format: null,
		formatLabel: null,
		encoding: null,
		delimiter: null,
		headerLine: null,
		header: [],
		rows: 0,
		skipped: [],
		errors: [],
		warnings: [],
		status: 'rejected',
		counts: { new: 0, updated: 0, unchanged: 0 },
		importId: null,
		duplicateOf: null,
		period: null,
		concealedNames: false,
		preview: [],
		mapping: null
	};
}

function rejectFile(report: ImportReport, code: string, message: string): ImportReport {
	report.status = 'rejected';
	report.errors.push({ line: null, column: null, code, message });
	return report;
}

/** Imports one file (CSV, or DECP JSON) for an organisation; never throws on bad content (the report says why). */
export async function importFile(deps: ImportDeps, input: ImportInput): Promise<ImportReport> {
	const fileName = input.fileName ?? basename(input.path);
	const report = emptyReport(fileName);
	const reject = (code: string, message: string) => rejectFile(report, code, message);

	const size = statSync(input.path).size;
	const head = readHead(input.path, size);
	const rejection = checkBytes(head, size, deps.maxBytes);
	if (rejection) return reject(rejection.code, rejection.message);
	// A BOM, or UTF-16 without one (told by its NUL bytes); UTF-8 or cp1252 is proved later, on the whole file.
	const bom = detectEncoding(head);
	const start = decodeBytes(head.subarray(0, 64), bom.encoding, bom.bomLength);
	const pageRejection = checkText(start);
	if (pageRejection) return reject(pageRejection.code, pageRejection.message);
	if (looksLikeJson(start)) return importDecpJson(deps, input, report, size);
	return importCsv(deps, input, report, { size, head, bom });
}

/**
 * A DECP JSON file: converted to CSV in a temporary file, imported from there, recorded under the JSON's own
 * name and hash. Line numbers of the CSV become contract numbers.
 */
async function importDecpJson(
	deps: ImportDeps,
	input: ImportInput,
	report: ImportReport,
	size: number
): Promise<ImportReport> {
	const reject = (code: string, message: string) => rejectFile(report, code, message);
	if (size > MAX_JSON_BYTES)
		return reject(
			'json-too-large',
			`Fichier JSON trop volumineux (plus de ${MAX_JSON_BYTES / 1024 / 1024} Mo) : téléchargez seulement les marchés de votre collectivité.`
		);
	const bytes = readFileSync(input.path);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (duplicateOf(deps, input.orgId, sha256, report)) return report;
	const { encoding, bomLength } = detectEncoding(bytes);
	const decp = decpJsonToCsv(decodeBytes(bytes, encoding, bomLength));
	if ('code' in decp) return reject(decp.code, decp.message);
	const dir = mkdtempSync(join(tmpdir(), 'cap-libre-decp-'));
	try {
		const path = join(dir, 'decp.csv');
		writeFileSync(path, decp.csv);
		const csvSize = statSync(path).size;
		await importCsv(deps, { ...input, path }, report, {
			size: csvSize,
			head: readHead(path, csvSize),
			bom: { encoding: 'utf-8', bomLength: 0 },
			knownSha: sha256
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	report.encoding = encoding;
	report.delimiter = null;
	report.headerLine = null;
	for (const issue of [...report.errors, ...report.warnings]) {
		if (issue.line === null) continue;
		issue.message = issue.message.replace(/^Ligne \d+/, `Marché n° ${issue.line - 1}`);
		issue.line -= 1;
	}
	for (const skipped of report.skipped) skipped.line -= 1;
	if (decp.concessions > 0)
		report.warnings.push({
			line: null,
			column: null,
			code: 'decp-concessions',
			message: `${decp.concessions} contrat(s) de concession laissé(s) de côté : seuls les marchés sont importés.`
		});
	return report;
}

/** The CSV path of importFile, from the checked head on. */
async function importCsv(
	deps: ImportDeps,
	input: ImportInput,
	report: ImportReport,
	file: {
		size: number;
		head: Uint8Array;
		bom: { encoding: Encoding; bomLength: number };
		/** Hash of the file as uploaded, when the file read here is a conversion of it (DECP JSON). */
		knownSha?: string;
	}
): Promise<ImportReport> {
	const { size, head, bom } = file;
	const reject = (code: string, message: string) => rejectFile(report, code, message);
	let encoding: Encoding = bom.encoding;
	let knownSha: string | null = file.knownSha ?? null;
	if (bom.bomLength === 0 && knownSha === null) {
		const scan = await scanWithoutBom(input.path, input.signal);
		if (!encoding.startsWith('utf-16')) encoding = scan.utf8 ? 'utf-8' : 'windows-1252';
		knownSha = scan.sha256;
		if (duplicateOf(deps, input.orgId, knownSha, report)) return report;
	}
	report.encoding = encoding;

	// Cut the head at its last line break so the sniffer never sees half a record.
	const headText = decodeBytes(head, encoding, bom.bomLength);
	const cut = size > HEAD_BYTES ? headText.slice(0, Math.max(headText.lastIndexOf('\n'), 0)) : headText;
	const layout = sniffLayout(cut);
	if ('code' in layout) return reject(layout.code, layout.message);
	report.delimiter = layout.delimiter;
	report.headerLine = layout.headerIndex + 1;
	report.header = layout.header;

	const savedMapping = createImportsRepository(deps.db).findMapping(
		input.orgId,
		headerSignature(layout.header)
	);
	const format: FormatProfile | CustomMapping | null =
		detectFormat(layout.header) ??
		input.mapping ??
		(savedMapping ? (JSON.parse(savedMapping) as CustomMapping) : null);
	const sampleRows = parseRecords(cut, layout.delimiter).slice(
		layout.headerIndex + 1,
		layout.headerIndex + 1 + SAMPLE_ROWS
	);
	report.preview = maskPersonalData(
		layout.header,
		sampleRows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 20)
	);
	if (!format) {
		// The mapping step starts from a guess by header names and sample values, for the user to correct.
		report.mapping = guessMapping(layout.header, sampleRows);
		report.status = 'needs-mapping';
		report.errors.push({
			line: report.headerLine,
			column: null,
			code: 'unknown-format',
			message:
				'Format de fichier non reconnu : indiquez à quoi correspond chaque colonne pour importer ce fichier.'
		});
		return report;
	}
	if ('kind' in format) {
		report.format = 'custom';
		report.formatLabel = CUSTOM_FORMAT_LABEL;
		report.mapping = format;
	} else {
		report.format = format.id;
		report.formatLabel = format.label;
	}
	return commitFile(deps, input, report, {
		format,
		layout,
		sampleRows,
		encoding,
		bomLength: bom.bomLength,
		size,
		knownSha
	});
}

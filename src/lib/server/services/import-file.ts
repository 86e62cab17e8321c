/**
 * importFile: the one use case behind the upload form, `cap-libre import` and the tests.
 * The file is streamed twice (hash + UTF-8 check, then decode + parse), never read whole into memory, and
 * committed in ONE transaction on a dedicated connection: any error line rejects the whole file.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync, openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import {
	checkBytes,
	createRowProcessor,
	streamRecords,
	decodeBytes,
	detectEncoding,
	detectFormat,
	headerSignature,
	parseRecords,
	sniffLayout,
	type CustomMapping,
	type FormatProfile
} from '../../import';
import { maskPersonalData } from '../../import/mask';
import type { ImportReport } from '../../import/report';
import type { Encoding, ImportRecord } from '../../import/types';
import { openDb, type Db } from '../db';
import {
	createImportsRepository,
	createImportWriter,
	type LicenceSourceKind,
	type UpsertOutcome
} from '../repositories/imports.repository';
import { describeProduct } from './products';
import type { Catalogue } from '../../domain/catalogue';
import { getCatalogue } from './catalogue';
import { recordImportEffects } from './import-effects';

export type { ImportReport, ImportStatus } from '../../import/report';

export interface ImportDeps {
	/** Read side of the database (the request's or the CLI's connection). */
	db: Db;
	/** Path of the SQLite file: the commit runs on its own connection so other requests never see half a file. */
	databasePath: string;
	pseudonymise: (identifier: string) => string;
	maxBytes: number;
	/** A catalogue to match products against instead of the organisation's own (tests). */
	catalogue?: Catalogue;
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

const HEAD_BYTES = 64 * 1024;
const SAMPLE_ROWS = 200;

function readHead(path: string, size: number): Uint8Array {
	const fd = openSync(path, 'r');
	try {
		const buf = Buffer.alloc(Math.min(size, HEAD_BYTES));
		readSync(fd, buf, 0, buf.length, 0);
		return buf;
	} finally {
		closeSync(fd);
	}
}

/** First pass: SHA-256 of the bytes and, when the file has no BOM, whether it is valid UTF-8 throughout. */
async function hashAndCheckUtf8(path: string, checkUtf8: boolean, signal?: AbortSignal) {
	const hash = createHash('sha256');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let utf8 = checkUtf8;
	for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal })) {
		hash.update(chunk as Buffer);
		if (utf8) {
			try {
				decoder.decode(chunk as Buffer, { stream: true });
			} catch {
				utf8 = false;
			}
		}
	}
	if (utf8) {
		try {
			decoder.decode();
		} catch {
			utf8 = false;
		}
	}
	return { sha256: hash.digest('hex'), utf8 };
}

function decoderStream(encoding: Encoding, bomLength: number): Transform {
	const decoder = new TextDecoder(encoding, { ignoreBOM: false });
	let toSkip = bomLength;
	return new Transform({
		readableObjectMode: false,
		transform(chunk: Buffer, _enc, done) {
			let bytes: Buffer = chunk;
			if (toSkip > 0) {
				const skip = Math.min(toSkip, bytes.length);
				bytes = bytes.subarray(skip);
				toSkip -= skip;
			}
			done(null, decoder.decode(bytes, { stream: true }));
		},
		flush(done) {
			done(null, decoder.decode());
		}
	});
}

const SOURCE_KIND: Record<string, LicenceSourceKind> = {
	mandats: 'accounting',
	decp: 'contract',
	'ms365-subscribed-skus': 'subscription',
	'glpi-licences': 'subscription'
};

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

/** Imports one CSV file for an organisation; never throws on bad content (the report says why). */
export async function importFile(deps: ImportDeps, input: ImportInput): Promise<ImportReport> {
	const fileName = input.fileName ?? basename(input.path);
	const report = emptyReport(fileName);
	const reject = (code: string, message: string) => {
		report.status = 'rejected';
		report.errors.push({ line: null, column: null, code, message });
		return report;
	};

	const size = statSync(input.path).size;
	const head = readHead(input.path, size);
	const rejection = checkBytes(head, size, deps.maxBytes);
	if (rejection) return reject(rejection.code, rejection.message);

	const bom = detectEncoding(head.subarray(0, 4));
	const hasBom = bom.bomLength > 0;
	const { sha256, utf8 } = await hashAndCheckUtf8(input.path, !hasBom, input.signal);
	const encoding: Encoding = hasBom ? bom.encoding : utf8 ? 'utf-8' : 'windows-1252';
	report.encoding = encoding;

	const previous = createImportsRepository(deps.db).findImported(input.orgId, sha256);
	if (previous) {
		report.status = 'duplicate';
		report.duplicateOf = { id: previous.id, importedAt: previous.createdAt };
		report.format = previous.format;
		return report;
	}

	// Cut the head at its last line break so the sniffer never sees half a record.
	const headText = decodeBytes(head, encoding, hasBom ? bom.bomLength : 0);
	const cut = size > head.length ? headText.slice(0, Math.max(headText.lastIndexOf('\n'), 0)) : headText;
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
	const headRecords = parseRecords(cut, layout.delimiter);
	const sampleRows = headRecords.slice(layout.headerIndex + 1, layout.headerIndex + 1 + SAMPLE_ROWS);
	report.preview = maskPersonalData(
		layout.header,
		sampleRows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 20)
	);
	if (!format) {
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
		report.formatLabel = 'Fichier personnalisé (colonnes associées)';
		report.mapping = format;
	} else {
		report.format = format.id;
		report.formatLabel = format.label;
	}

	const catalogue = deps.catalogue ?? getCatalogue(deps.db, input.orgId);
	const processor = createRowProcessor({
		format,
		header: layout.header,
		headerLine: layout.headerIndex + 1,
		sampleRows,
		ctx: { pseudonymise: deps.pseudonymise }
	});

	const conn = openDb(deps.databasePath);
	// A transaction of a million rows: a 32 MiB page cache instead of 2 MiB keeps index pages in memory.
	conn.$client.pragma('cache_size = -32768');
	// Every id this connection writes comes from rows it read or created in the same transaction, so the
	// per-row foreign-key probes (three per usage fact) only cost time; the reads connection keeps them on.
	conn.$client.pragma('foreign_keys = OFF');
	const writer = createImportWriter(conn, input.orgId);
	const now = new Date().toISOString();
	const formatId: string = report.format;
	// Zoom dates each row by its meeting: the file as a whole is one report, dated by its period's end.
	const datedByPeriod = formatId === 'zoom-participants';
	// One lookup per distinct name and vendor, not per row: a usage file repeats a handful of products.
	const productIds = new Map<string, number>();
	const productIdOf = (name: string, vendor: string | null) => {
		const cacheKey = `${name}\u0000${vendor ?? ''}`;
		let id = productIds.get(cacheKey);
		if (id === undefined) {
			id = writer.resolveProduct(describeProduct(name, vendor, catalogue));
			productIds.set(cacheKey, id);
		}
		return id;
	};
	const commitRecord = (r: ImportRecord, importId: number) => {
		let outcome: UpsertOutcome;
		switch (r.kind) {
			case 'licence':
				outcome = writer.licence(
					r,
					productIdOf(r.productName, r.vendor),
					importId,
					SOURCE_KIND[formatId] ?? 'invoice'
				);
				break;
			case 'usage':
				writer.agent(r.agentKey, r.service, now);
				outcome = writer.usage(
					datedByPeriod ? { ...r, reportDate: null } : r,
					productIdOf(r.productName, null),
					importId
				);
				break;
			case 'inventory':
				outcome = writer.inventory(r, productIdOf(r.productName, r.vendor), importId);
				break;
			case 'budget':
				outcome = writer.budget(r, importId);
				break;
		}
		report.counts[outcome]++;
	};

	let bytesRead = 0;
	const raw = createReadStream(input.path, { highWaterMark: 1 << 20, signal: input.signal });
	raw.on('data', (chunk) => {
		bytesRead += chunk.length;
		input.onProgress?.(bytesRead, size);
	});
	const text = raw.pipe(decoderStream(encoding, hasBom ? bom.bomLength : 0));
	raw.on('error', (e) => text.destroy(e));

	conn.$client.exec('begin immediate');
	try {
		const importId = writer.insertImport({
			orgId: input.orgId,
			fileName,
			sha256,
			byteSize: size,
			format: formatId,
			encoding,
			delimiter: layout.delimiter,
			headerLine: layout.headerIndex + 1,
			rowCount: 0,
			importedBy: input.actor
		});
		await streamRecords(text, layout.delimiter, (cells, line) => {
			if (line <= layout.headerIndex + 1) return;
			input.signal?.throwIfAborted();
			for (const record of processor.push(cells, line)) commitRecord(record, importId);
		});
		const summary = processor.finish();
		report.rows = summary.rows;
		report.skipped = [...layout.skipped, ...summary.skipped];
		report.errors.push(...summary.errors);
		report.warnings.push(...summary.warnings);
		report.period = summary.period;
		report.concealedNames = summary.concealedNames;
		if (report.errors.length > 0) {
			conn.$client.exec('rollback');
			report.status = 'rejected';
			report.counts = { new: 0, updated: 0, unchanged: 0 };
			return report;
		}
		if (datedByPeriod && summary.period) writer.assignReportDate(importId, summary.period.to);
		recordImportEffects(conn, writer, importId, report);
		if (report.mapping) writer.saveMapping(headerSignature(layout.header), JSON.stringify(report.mapping));
		if (input.dryRun) {
			conn.$client.exec('rollback');
			report.status = 'dry-run';
		} else {
			conn.$client.exec('commit');
			report.status = 'imported';
			report.importId = importId;
		}
		return report;
	} catch (e) {
		if (conn.$client.inTransaction) conn.$client.exec('rollback');
		if (input.signal?.aborted)
			return reject('aborted', 'Import interrompu : aucune donnée n’a été enregistrée.');
		throw e;
	} finally {
		conn.$client.close();
	}
}

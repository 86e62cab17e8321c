/**
 * The committing half of importFile: one transaction on a dedicated connection, in which the streamed records
 * are written, the import recorded and its effects (aggregates, seat usage) computed; rolled back on any error
 * line, on an abort, for a duplicate found late, or for a dry run.
 */
import type { CustomMapping, FormatProfile } from '../../import';
import { headerSignature } from '../../import';
import type { ImportReport } from '../../import/report';
import type { Delimiter, Encoding, LineRecord } from '../../import/types';
import type { UsageBatch } from '../../import/usage-batch';
import { openDb, type Db } from '../db';
import {
	createImportsRepository,
	createImportWriter,
	type LicenceSourceKind,
	type UpsertOutcome
} from '../repositories/imports.repository';
import { getCatalogue } from './catalogue';
import { streamAndCommit } from './import-commit';
import { recordImportEffects } from './import-effects';
import type { ImportDeps, ImportInput } from './import-file';
import { describeProduct } from './products';
import { recordIndicatorSnapshot } from './snapshots';

const SOURCE_KIND: Record<string, LicenceSourceKind> = {
	mandats: 'accounting',
	decp: 'contract',
	'ms365-subscribed-skus': 'subscription',
	'glpi-licences': 'subscription'
};

export function duplicateOf(deps: ImportDeps, orgId: number, sha256: string, report: ImportReport): boolean {
	const previous = createImportsRepository(deps.db).findImported(orgId, sha256);
	if (!previous) return false;
	report.status = 'duplicate';
	report.duplicateOf = { id: previous.id, importedAt: previous.createdAt };
	report.format = previous.format;
	return true;
}

/**
 * The indicators' trend gets a point after every change of data. The import is committed by then: a failure
 * here must not turn it into an error for the user, so it is logged instead.
 */
export function recordSnapshotAfter(db: Db, orgId: number, trigger: string): void {
	try {
		recordIndicatorSnapshot(db, orgId, trigger);
	} catch (e) {
		console.error(`Instantané des indicateurs non enregistré (${trigger}) :`, e);
	}
}

export interface Prepared {
	format: FormatProfile | CustomMapping;
	layout: {
		delimiter: Delimiter;
		headerIndex: number;
		header: string[];
		skipped: ImportReport['skipped'];
	};
	sampleRows: string[][];
	encoding: Encoding;
	bomLength: number;
	size: number;
	knownSha: string | null;
}

/**
 * One import transaction at a time per database in this process (previews included: they write, then roll
 * back). better-sqlite3 waits for SQLite's lock synchronously: a second transaction started while the first
 * awaits its reader would block the very thread that must finish the first, then fail with "database is
 * locked". Queued here, the second simply starts when the first is over.
 */
const writing = new Map<string, Promise<unknown>>();

function oneAtATime<T>(database: string, run: () => Promise<T>): Promise<T> {
	const next = (writing.get(database) ?? Promise.resolve()).then(run, run);
	const settled = next.catch(() => undefined);
	writing.set(database, settled);
	void settled.then(() => {
		if (writing.get(database) === settled) writing.delete(database);
	});
	return next;
}

/**
 * Runs a write of the request's own connection once no import transaction is open on `database` (and before
 * any queued one starts): written meanwhile, it would wait synchronously for the import's lock and fail.
 */
export function writeBetweenImports<T>(database: string, write: () => T): Promise<T> {
	return oneAtATime(database, async () => write());
}

/** Whether an import transaction is open or queued on `database` (best-effort writes can be skipped). */
export function importRunning(database: string): boolean {
	return writing.has(database);
}

export function commitFile(
	deps: ImportDeps,
	input: ImportInput,
	report: ImportReport,
	p: Prepared
): Promise<ImportReport> {
	return oneAtATime(deps.databasePath, () => commitNow(deps, input, report, p));
}

async function commitNow(
	deps: ImportDeps,
	input: ImportInput,
	report: ImportReport,
	p: Prepared
): Promise<ImportReport> {
	const catalogue = deps.catalogue ?? getCatalogue(deps.db, input.orgId);
	const conn = openDb(deps.databasePath);
	// 8 MiB of page cache: facts are appended (no random-order index), so a larger cache would only add memory.
	conn.$client.pragma('cache_size = -8192');
	// Every id this connection writes comes from rows it read or created in the same transaction, so the
	// per-row foreign-key probes (three per usage fact) only cost time; the reads connection keeps them on.
	conn.$client.pragma('foreign_keys = OFF');
	const writer = createImportWriter(conn, input.orgId);
	const now = new Date().toISOString();
	const formatId = report.format ?? 'custom';
	// Zoom dates each row by its meeting: the file as a whole is one report, dated by its period's end.
	const datedByPeriod = formatId === 'zoom-participants';
	// One lookup per distinct name and vendor, not per row: a usage file repeats a handful of products.
	const productIds = new Map<string | null, Map<string, number>>();
	const productIdOf = (name: string, vendor: string | null) => {
		let byName = productIds.get(vendor);
		if (!byName) productIds.set(vendor, (byName = new Map()));
		let id = byName.get(name);
		if (id === undefined) {
			id = writer.resolveProduct(describeProduct(name, vendor, catalogue));
			byName.set(name, id);
		}
		return id;
	};
	let importId = 0;
	const commitRecord = (r: LineRecord) => {
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
			case 'inventory':
				outcome = writer.inventory(r, productIdOf(r.productName, r.vendor), importId);
				break;
			case 'budget':
				outcome = writer.budget(r, importId);
				break;
		}
		report.counts[outcome]++;
	};
	const commitUsage = (batch: UsageBatch, digests: Uint8Array) => {
		const productIds = new Map<number, number>();
		for (const i of new Set(batch.product)) productIds.set(i, productIdOf(batch.strings[i] as string, null));
		const counts = writer.usageBatch(batch, digests, productIds, {
			importId,
			undated: datedByPeriod,
			at: now
		});
		report.counts.new += counts.new;
		report.counts.unchanged += counts.unchanged;
	};

	conn.$client.exec('begin immediate');
	try {
		importId = writer.insertImport({
			orgId: input.orgId,
			fileName: report.file,
			sha256: p.knownSha ?? 'pending',
			byteSize: p.size,
			format: formatId,
			encoding: p.encoding,
			delimiter: p.layout.delimiter,
			headerLine: p.layout.headerIndex + 1,
			rowCount: 0,
			importedBy: input.actor
		});
		const { summary, sha256: readSha } = await streamAndCommit({
			job: {
				path: input.path,
				encoding: p.encoding,
				bomLength: p.bomLength,
				size: p.size,
				hash: !p.knownSha,
				delimiter: p.layout.delimiter,
				format: 'kind' in p.format ? p.format : p.format.id,
				header: p.layout.header,
				headerLine: p.layout.headerIndex + 1,
				sampleRows: p.sampleRows
			},
			pseudonymDigests: deps.pseudonymDigests,
			commitRecord,
			commitUsage,
			signal: input.signal,
			onProgress: input.onProgress,
			threadFromBytes: deps.readerThreadFromBytes
		});
		report.rows = summary.rows;
		report.skipped = [...p.layout.skipped, ...summary.skipped];
		report.errors.push(...summary.errors);
		report.warnings.push(...summary.warnings);
		report.period = summary.period;
		report.concealedNames = summary.concealedNames;
		// A file with a BOM was hashed while it was read: only now can it be told a duplicate.
		const sha256 = p.knownSha ?? (readSha as string);
		if (report.errors.length > 0 || (!p.knownSha && duplicateOf(deps, input.orgId, sha256, report))) {
			conn.$client.exec('rollback');
			if (report.status !== 'duplicate') report.status = 'rejected';
			report.counts = { new: 0, updated: 0, unchanged: 0 };
			return report;
		}
		writer.setImportHash(importId, sha256);
		if (datedByPeriod && summary.period) writer.assignReportDate(importId, summary.period.to);
		recordImportEffects(conn, writer, importId, report);
		if (report.mapping) writer.saveMapping(headerSignature(p.layout.header), JSON.stringify(report.mapping));
		if (input.dryRun) {
			conn.$client.exec('rollback');
			report.status = 'dry-run';
		} else {
			conn.$client.exec('commit');
			report.status = 'imported';
			report.importId = importId;
			recordSnapshotAfter(deps.db, input.orgId, 'import');
		}
		return report;
	} catch (e) {
		if (conn.$client.inTransaction) conn.$client.exec('rollback');
		if (input.signal?.aborted) {
			report.status = 'rejected';
			report.counts = { new: 0, updated: 0, unchanged: 0 };
			report.errors.push({
				line: null,
				column: null,
				code: 'aborted',
				message: 'Import interrompu : aucune donnée n’a été enregistrée.'
			});
			return report;
		}
		throw e;
	} finally {
		conn.$client.close();
	}
}

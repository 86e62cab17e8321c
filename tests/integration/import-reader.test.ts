/**
 * The batched reader (import-reader.ts through import-reader-pool.ts), on a reader thread and on this thread,
 * against the in-memory pipeline: the same records from the same files, whatever the batch size; and a failure
 * or an abort stops it cleanly, the next import getting a reader that works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseBytes, detectEncoding, parseRecords, decodeBytes } from '../../src/lib/import';
import type { ImportRecord } from '../../src/lib/import/types';
import { ID_SEPARATOR, usageRow } from '../../src/lib/import/usage-batch';
import type { ReadBatch, ReadJob } from '../../src/lib/server/services/import-reader';
import { readBatches } from '../../src/lib/server/services/import-reader-pool';
import { FIXTURES_DIR } from '../helpers/create-test-db';

const CSV = join(FIXTURES_DIR, 'csv');
const identity = { pseudonymise: (s: string) => s };

function jobFor(file: string, batchRows: number): { job: ReadJob; expected: ImportRecord[] } {
	const path = join(CSV, file);
	const bytes = readFileSync(path);
	const analysis = analyseBytes(bytes, identity);
	if (analysis.status !== 'ok' || !analysis.format) throw new Error(`${file} : non reconnu`);
	const { encoding, bomLength } = detectEncoding(bytes);
	const headerLine = analysis.headerLine as number;
	return {
		job: {
			path,
			encoding,
			bomLength,
			size: bytes.length,
			hash: true,
			delimiter: analysis.delimiter as ReadJob['delimiter'],
			format: analysis.format.id,
			header: analysis.header,
			headerLine,
			sampleRows: parseRecords(
				decodeBytes(bytes, encoding, bomLength),
				analysis.delimiter as ReadJob['delimiter']
			).slice(headerLine, headerLine + 200),
			batchRows,
			maxInFlight: 2
		},
		expected: analysis.records
	};
}

/** The records of the batches, usage rows as usageRow() gives them back. */
function recordsOf(batches: ReadBatch[]): unknown[] {
	const out: unknown[] = [];
	for (const b of batches) {
		out.push(...b.records);
		if (!b.usage) continue;
		const ids = b.usage.identifiers.split(ID_SEPARATOR);
		for (let i = 0; i < b.usage.size; i++) out.push(usageRow(b.usage, i, ids[i]));
	}
	return out;
}

const strip = (records: ImportRecord[]) =>
	records.map((r) => {
		if (r.kind !== 'usage') return r;
		const { kind: _kind, line: _line, ...rest } = r;
		return rest;
	});

describe.each(['thread', 'here'] as const)('reading on %s', (where) => {
	const read = (job: ReadJob, onBatch: (b: ReadBatch) => Promise<void>, signal?: AbortSignal) =>
		readBatches(job, onBatch, signal, where);

	test.each([
		['ms365_apps-usage-user-detail_D30_utf8-bom.csv', 3],
		['ms365_teams-user-activity-user-detail_D7.csv', 1000],
		['finances_factures-logiciels_excel-fr_cp1252.csv', 2],
		['glpi10_logiciels_export.csv', 1000],
		['finances_export-mandats_titres-et-total_utf8-bom.csv', 4],
		['extra/excel-texte-unicode_licences_utf16le-tab.csv', 2],
		['extra/mandats_negatifs-et-dates-courtes_cp1252.csv', 3],
		['extra/glpi11_logiciels_crlf-sauts-de-ligne.csv', 2],
		['extra/zoom_participants_deux-tableaux.csv', 2],
		['extra/ms365_exporter-les-utilisateurs_excel-fr_cp1252.csv', 5]
	])('%s gives the records of the in-memory pipeline (batches of %i)', async (file, batchRows) => {
		const { job, expected } = jobFor(file, batchRows);
		const batches: ReadBatch[] = [];
		const result = await read(job, async (b) => void batches.push(b));
		const got = recordsOf(batches);
		const byKind = (list: unknown[]) =>
			[...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
		expect(byKind(got)).toEqual(byKind(strip(expected)));
		expect(result.summary.rows).toBeGreaterThan(0);
		expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(batches.every((b) => (b.usage?.size ?? 0) + b.records.length <= batchRows)).toBe(true);
	});

	test('a batch that fails stops the reader; the next read works', async () => {
		const { job } = jobFor('ms365_apps-usage-user-detail_D30_utf8-bom.csv', 1);
		await expect(
			read(job, async () => {
				throw new Error('écriture impossible');
			})
		).rejects.toThrow('écriture impossible');
		const again = await read(job, async () => undefined);
		expect(again.summary.rows).toBeGreaterThan(0);
	});

	test('an abort stops the reader with its reason; the next read works', async () => {
		const { job } = jobFor('ms365_apps-usage-user-detail_D30_utf8-bom.csv', 1);
		const controller = new AbortController();
		const reason = new Error('annulé');
		await expect(
			read(
				job,
				async () => {
					controller.abort(reason);
					await new Promise((r) => setTimeout(r, 10));
				},
				controller.signal
			)
		).rejects.toBe(reason);
		const again = await read(job, async () => undefined);
		expect(again.summary.rows).toBeGreaterThan(0);
	});

	test('a file that cannot be read is a rejection, not a crash', async () => {
		const { job } = jobFor('ms365_apps-usage-user-detail_D30_utf8-bom.csv', 10);
		await expect(read({ ...job, path: join(CSV, 'absent.csv') }, async () => undefined)).rejects.toThrow(
			/ENOENT/
		);
	});
});

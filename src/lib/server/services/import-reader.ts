/**
 * The reading half of an import, run on a reader thread for a large file (import-reader-pool.ts): the file is
 * read, decoded, hashed, parsed and mapped to records there, while the main thread writes the previous batch
 * and the HMAC worker pseudonymises the next one. Usage records travel in columns (import/usage-batch.ts); the few
 * others (licence, inventory, budget lines) as objects.
 */
import type { MessagePort } from 'node:worker_threads';
import {
	createRowProcessor,
	getProfile,
	streamRecords,
	type CustomMapping,
	type ProcessSummary
} from '../../import';
import type { Delimiter, Encoding, LineRecord } from '../../import/types';
import { createUsageBatchBuilder, type UsageBatch } from '../../import/usage-batch';
import { openTextSource } from './import-source';

export interface ReadJob {
	path: string;
	encoding: Encoding;
	bomLength: number;
	size: number;
	/** Whether to hash the file on the way (files with a BOM: not scanned before). */
	hash: boolean;
	delimiter: Delimiter;
	/** A format profile's id, or the user's column mapping. */
	format: string | CustomMapping;
	header: string[];
	headerLine: number;
	sampleRows: string[][];
	batchRows: number;
	/** Batches sent and not yet acknowledged before the file is paused: the memory bound. */
	maxInFlight: number;
}

export interface ReadBatch {
	type: 'batch';
	usage: UsageBatch | null;
	records: LineRecord[];
	bytesRead: number;
}

export type ReaderMessage =
	| ReadBatch
	| { type: 'done'; summary: ProcessSummary; sha256: string | null }
	| { type: 'failed'; message: string; stack?: string };

type Post = (m: ReaderMessage, transfer?: ArrayBuffer[]) => void;

/** Reads one file; `acknowledged` must be called once per batch written. Never throws: failures are posted. */
export function readFile(job: ReadJob, post: Post): { acknowledged(): void; stop(): void } {
	const profile = typeof job.format === 'string' ? getProfile(job.format) : job.format;
	let inFlight = 0;
	let bytesRead = 0;
	const source = openTextSource(job.path, job.encoding, job.bomLength, {
		size: job.size,
		onProgress: (read) => (bytesRead = read)
	});
	const usage = createUsageBatchBuilder(job.batchRows);
	let records: LineRecord[] = [];
	const flush = () => {
		if (usage.size === 0 && records.length === 0) return;
		const taken = usage.size > 0 ? usage.take() : null;
		post({ type: 'batch', usage: taken?.batch ?? null, records, bytesRead }, taken?.transfer);
		records = [];
		if (++inFlight >= job.maxInFlight) source.text.pause();
	};

	const run = async () => {
		if (!profile) throw new Error(`format inconnu : ${String(job.format)}`);
		const processor = createRowProcessor({
			format: profile,
			header: job.header,
			headerLine: job.headerLine,
			sampleRows: job.sampleRows,
			// Identifiers are pseudonymised in batches by the HMAC worker: until then the record holds the identifier.
			ctx: { pseudonymise: (identifier) => identifier }
		});
		await streamRecords(source.text, job.delimiter, (cells, line) => {
			if (line <= job.headerLine) return;
			for (const r of processor.push(cells, line)) {
				if (usage.size === job.batchRows) flush();
				if (r.kind === 'usage') usage.add(r);
				else records.push(r);
			}
			if (usage.size + records.length >= job.batchRows) flush();
		});
		flush();
		post({
			type: 'done',
			summary: processor.finish(),
			sha256: job.hash ? source.hash.digest('hex') : null
		});
	};
	run()
		.catch((e: unknown) => {
			const err = e instanceof Error ? e : new Error(String(e));
			post({ type: 'failed', message: err.message, stack: err.stack });
		})
		.finally(() => source.raw.destroy());

	return {
		acknowledged() {
			inFlight--;
			if (inFlight < job.maxInFlight && source.text.isPaused()) source.text.resume();
		},
		/** Stops reading (the import failed or was aborted): nothing more is posted that matters. */
		stop() {
			source.raw.destroy();
		}
	};
}

/** The worker's side of the protocol: one job at a time, `{ type: 'read', job }` then one `ack` per batch. */
export function serveReads(port: MessagePort): void {
	let current: { acknowledged(): void } | null = null;
	port.on('message', (m: { type: 'read'; job: ReadJob } | { type: 'ack' }) => {
		if (m.type === 'read') current = readFile(m.job, (msg, transfer) => port.postMessage(msg, transfer));
		else current?.acknowledged();
	});
}

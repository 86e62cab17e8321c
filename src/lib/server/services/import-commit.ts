/**
 * The streaming half of an import, on three threads for a large file: a reader thread reads, parses and maps
 * the file (import-reader.ts; a small file is read on the main thread), the HMAC worker pseudonymises each
 * batch's identifiers as the batch arrives (privacy/hmac-pool.ts), and the main thread writes the batches, in
 * order, inside the open transaction.
 * The writer refuses any agent key that is not a pseudonym, so no raw identifier can reach the database.
 */
import type { LineRecord } from '../../import/types';
import type { UsageBatch } from '../../import/usage-batch';
import type { ReadJob } from './import-reader';
import { readBatches, THREAD_FROM_BYTES, type ReadResult } from './import-reader-pool';

/**
 * Rows per batch, and batches allowed in flight before the reader pauses: the memory bound. Measured on a
 * million-row report: 2048 × 4 peaks at ~255 MB in 4.8 s; 4096 × 2 at ~300 MB, and no faster.
 */
const BATCH_ROWS = 2048;
const MAX_IN_FLIGHT = 4;

export interface CommitStream {
	job: Omit<ReadJob, 'batchRows' | 'maxInFlight'>;
	/** Pseudonyms of identifiers joined by ID_SEPARATOR, as bytes (privacy/hmac-pool.ts). */
	pseudonymDigests: (identifiers: string) => Promise<Uint8Array>;
	/** Writes one licence, inventory or budget record inside the open transaction (synchronous). */
	commitRecord: (record: LineRecord) => void;
	/** Writes a batch of usage records with their pseudonyms' digests (synchronous). */
	commitUsage: (batch: UsageBatch, digests: Uint8Array) => void;
	signal?: AbortSignal;
	onProgress?: (bytesRead: number, totalBytes: number) => void;
	/** Files from this size on are read on a reader thread. */
	threadFromBytes?: number;
}

export function streamAndCommit(s: CommitStream): Promise<ReadResult> {
	let written: Promise<void> = Promise.resolve();
	return readBatches(
		{ ...s.job, batchRows: BATCH_ROWS, maxInFlight: MAX_IN_FLIGHT },
		(batch) => {
			s.onProgress?.(batch.bytesRead, s.job.size);
			const keys = batch.usage ? s.pseudonymDigests(batch.usage.identifiers) : null;
			// Awaited below, unless an earlier batch failed: then its rejection must not go unhandled.
			keys?.catch(() => undefined);
			written = written.then(async () => {
				for (const r of batch.records) s.commitRecord(r);
				if (batch.usage && keys) s.commitUsage(batch.usage, await keys);
			});
			return written;
		},
		s.signal,
		s.job.size >= (s.threadFromBytes ?? THREAD_FROM_BYTES) ? 'thread' : 'here'
	);
}

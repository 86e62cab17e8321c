/**
 * Reading an import's file in batches (import-reader.ts): on a reader thread for a large file, on this thread
 * for a small one. One idle reader thread is kept for the next import (starting one costs ~0.2 s); concurrent
 * imports each get their own. A reader that failed, or whose import was aborted, is terminated, not reused.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readFile, type ReadBatch, type ReaderMessage, type ReadJob } from './import-reader';
import type { ProcessSummary } from '../../import';

export interface ReadResult {
	summary: ProcessSummary;
	sha256: string | null;
}

const ENTRY = join('src', 'lib', 'server', 'services', 'import-reader-worker.mjs');

/**
 * The worker's entry, in the sources of this install: next to this module when it runs from them (tsx,
 * vitest), above build/server/chunks/ when it runs from the built server.
 */
function entryUrl(): URL {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = join(dir, ENTRY);
		if (existsSync(candidate)) return pathToFileURL(candidate);
		const up = dirname(dir);
		if (up === dir) throw new Error(`Fichier introuvable : ${ENTRY} (installation de Cap Libre incomplète).`);
		dir = up;
	}
}

/**
 * The reader's garbage is short-lived (a chunk's cells, a batch's records): a young generation of 8 MB instead
 * of V8's default keeps a million-row import ~30 MB lower in memory, at no measurable cost in speed.
 */
const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 8 };

/** An idle reader is kept this long for the next large import, then stopped (it holds ~20 MB). */
const IDLE_MS = 5 * 60_000;

let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;

function forget(worker: Worker): void {
	for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
}

function acquire(): Worker {
	let worker: Worker;
	if (idle) {
		clearTimeout(idle.timer);
		worker = idle.worker;
		idle = null;
	} else {
		worker = new Worker(entryUrl(), { resourceLimits: YOUNG_GENERATION });
	}
	forget(worker);
	worker.ref();
	return worker;
}

function release(worker: Worker, healthy: boolean): void {
	forget(worker);
	if (!healthy || idle !== null) {
		void worker.terminate();
		return;
	}
	const drop = () => {
		if (idle?.worker !== worker) return;
		clearTimeout(idle.timer);
		idle = null;
	};
	// Idle, the reader must not keep a CLI command or a test run alive: unref'd, and so is its timer.
	worker.unref();
	idle = { worker, timer: setTimeout(() => void worker.terminate(), IDLE_MS).unref() };
	worker.on('error', drop);
	worker.on('exit', drop);
}

/** Where a read runs, seen from readBatches: a reader thread, or this thread. */
interface Transport {
	start(onMessage: (m: ReaderMessage) => void, onFailure: (e: unknown) => void): void;
	acknowledge(): void;
	finish(healthy: boolean): void;
}

function threadTransport(job: ReadJob): Transport {
	const worker = acquire();
	return {
		start(onMessage, onFailure) {
			worker.on('error', onFailure);
			worker.on('exit', (code) => onFailure(new Error(`lecteur d’import arrêté (code ${code})`)));
			worker.on('message', onMessage);
			worker.postMessage({ type: 'read', job });
		},
		acknowledge: () => worker.postMessage({ type: 'ack' }),
		finish: (healthy) => release(worker, healthy)
	};
}

function localTransport(job: ReadJob): Transport {
	let reader: ReturnType<typeof readFile> | null = null;
	return {
		start(onMessage) {
			reader = readFile(job, onMessage);
		},
		acknowledge: () => reader?.acknowledged(),
		finish: () => reader?.stop()
	};
}

/**
 * Below this size a file is read on the main thread: starting a reader thread (~0.2 s) would cost more than
 * the few hundred milliseconds of parsing it takes off the main thread.
 */
export const THREAD_FROM_BYTES = 8 * 1024 * 1024;

/**
 * Reads a file in batches, on a reader thread or on this one. `onBatch` is called as each batch arrives, in
 * order; the batch is acknowledged (and the reader, paused after `job.maxInFlight` unacknowledged batches,
 * goes on) when the promise it returns settles, so the caller may start work on a batch while it still writes
 * the one before. Resolves once every batch's promise has; rejects on a read failure, a failed batch or an
 * abort (the reader then stops at once).
 */
export function readBatches(
	job: ReadJob,
	onBatch: (batch: ReadBatch) => Promise<void>,
	signal: AbortSignal | undefined,
	where: 'thread' | 'here'
): Promise<ReadResult> {
	signal?.throwIfAborted();
	const transport = where === 'thread' ? threadTransport(job) : localTransport(job);
	return new Promise<ReadResult>((resolve, reject) => {
		let all: Promise<unknown> = Promise.resolve();
		let settled = false;
		const settle = (healthy: boolean, outcome: () => void) => {
			if (settled) return;
			settled = true;
			signal?.removeEventListener('abort', onAbort);
			transport.finish(healthy);
			outcome();
		};
		const fail = (e: unknown) => settle(false, () => reject(e));
		const onAbort = () => fail(signal?.reason);
		signal?.addEventListener('abort', onAbort, { once: true });
		transport.start((m) => {
			if (settled) return;
			if (m.type === 'batch') {
				const written = onBatch(m).then(() => {
					if (!settled) transport.acknowledge();
				}, fail);
				all = Promise.all([all, written]);
			} else if (m.type === 'done') {
				const result = { summary: m.summary, sha256: m.sha256 };
				void all.then(() => settle(true, () => resolve(result)));
			} else {
				const err = new Error(m.message);
				if (m.stack) err.stack = m.stack;
				fail(err);
			}
		}, fail);
	});
}

/**
 * Pseudonymisation off the main thread. A million-row usage report costs about 1.5 s of HMAC-SHA256; a worker
 * thread computes the pseudonyms of one batch while the main thread parses the next, so an import costs
 * little more than its parse. Identifiers travel to the worker in memory only, and come back as pseudonyms.
 * The formula is the one of createPseudonymiser (a test checks that both agree).
 */
import { Worker } from 'node:worker_threads';

// Evaluated source (CommonJS), so the worker needs no file of its own in src/, in the build or under tsx.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac, createSecretKey } = require('node:crypto');
const key = createSecretKey(Buffer.from(workerData.key, 'hex'));
parentPort.on('message', ({ id, ids }) => {
	const list = ids.split('\\u0000');
	for (let i = 0; i < list.length; i++) {
		list[i] = createHmac('sha256', key).update(list[i].trim().toLowerCase()).digest('hex').slice(0, 32);
	}
	parentPort.postMessage({ id, keys: list.join('\\u0000') });
});
`;

export interface HmacPool {
	/** Pseudonyms of the identifiers, in order. Identifiers never contain NUL (checkBytes refuses such files). */
	pseudonymiseBatch(identifiers: string[]): Promise<string[]>;
	close(): Promise<void>;
}

export function createHmacPool(secretKey: Buffer): HmacPool {
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { key: secretKey.toString('hex') } });
	const pending = new Map<number, { resolve: (keys: string[]) => void; reject: (e: Error) => void }>();
	let nextId = 0;
	worker.on('message', ({ id, keys }: { id: number; keys: string }) => {
		pending.get(id)?.resolve(keys === '' ? [] : keys.split('\u0000'));
		pending.delete(id);
		if (pending.size === 0) worker.unref();
	});
	worker.on('error', (e) => {
		for (const p of pending.values()) p.reject(e);
		pending.clear();
		worker.unref();
	});
	// Idle, the worker must not keep a CLI command or a test run alive; busy, it must (the import awaits it).
	worker.unref();
	return {
		pseudonymiseBatch(identifiers) {
			if (identifiers.length === 0) return Promise.resolve([]);
			const id = nextId++;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.ref();
				worker.postMessage({ id, ids: identifiers.join('\u0000') });
			});
		},
		async close() {
			await worker.terminate();
		}
	};
}

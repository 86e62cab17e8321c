/**
 * Pseudonymisation off the main thread. A million-row usage report costs about 1.5 s of HMAC-SHA256; a worker
 * thread computes the pseudonyms of one batch while the main thread writes the previous one. Identifiers travel
 * to the worker in memory only, as one string; the pseudonyms come back as the bytes of their hexadecimal text
 * in a transferred buffer (PSEUDONYM_LENGTH per identifier, see pseudonymAt), which costs nothing to send.
 * The formula is the one of createPseudonymiser (a test checks that both agree).
 */
import { Worker } from 'node:worker_threads';

// Evaluated source (CommonJS), so the worker needs no file of its own in src/, in the build or under tsx.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac, createSecretKey } = require('node:crypto');
const key = createSecretKey(Buffer.from(workerData.key, 'hex'));
parentPort.on('message', ({ id, ids }) => {
	const list = ids.split('\u0000');
	const out = Buffer.allocUnsafeSlow(list.length * 32);
	for (let i = 0; i < list.length; i++) {
		out.latin1Write(createHmac('sha256', key).update(list[i].trim().toLowerCase()).digest('hex'), i * 32, 32);
	}
	parentPort.postMessage({ id, digests: out }, [out.buffer]);
});
`;

export interface HmacPool {
	/**
	 * Pseudonyms of identifiers joined by ID_SEPARATOR (NUL, which checkBytes keeps out of any imported file),
	 * in order, as PSEUDONYM_LENGTH bytes each (read them with pseudonymAt).
	 */
	digestsOf(identifiers: string): Promise<Uint8Array>;
	close(): Promise<void>;
}

export function createHmacPool(secretKey: Buffer): HmacPool {
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: { key: secretKey.toString('hex') },
		// A batch's strings are its only garbage: a small young generation saves memory (see import-reader-pool).
		resourceLimits: { maxYoungGenerationSizeMb: 8 }
	});
	const pending = new Map<number, { resolve: (digests: Uint8Array) => void; reject: (e: Error) => void }>();
	let nextId = 0;
	worker.on('message', ({ id, digests }: { id: number; digests: Uint8Array }) => {
		pending.get(id)?.resolve(digests);
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
		digestsOf(identifiers) {
			if (identifiers === '') return Promise.resolve(new Uint8Array(0));
			const id = nextId++;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.ref();
				worker.postMessage({ id, ids: identifiers });
			});
		},
		async close() {
			await worker.terminate();
		}
	};
}

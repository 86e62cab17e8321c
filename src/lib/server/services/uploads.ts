/**
 * Uploaded files waiting for the user's confirmation: streamed to the data directory (never held whole in
 * memory), named by a random token, and removed once imported, cancelled or a day old.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const TOKEN = /^[0-9a-f]{32}$/;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export class UploadTooLargeError extends Error {
	constructor(public readonly maxBytes: number) {
		super(
			`Fichier trop volumineux : la taille maximale est de ${Math.round(maxBytes / 1024 / 1024)} Mo (CAP_LIBRE_MAX_UPLOAD_MB).`
		);
	}
}

export function createUploadStore(dataDir: string) {
	const dir = join(dataDir, 'uploads');
	const pathOf = (token: string) => {
		if (!TOKEN.test(token)) throw new Error('jeton de fichier invalide');
		return join(dir, `${token}.csv`);
	};
	return {
		/** Streams a request body to disk, refusing it past maxBytes; returns the token. */
		async save(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string> {
			mkdirSync(dir, { recursive: true });
			const token = randomBytes(16).toString('hex');
			const path = pathOf(token);
			let size = 0;
			const limit = new Transform({
				transform(chunk: Buffer, _e, done) {
					size += chunk.length;
					done(size > maxBytes ? new UploadTooLargeError(maxBytes) : null, chunk);
				}
			});
			try {
				await pipeline(
					Readable.fromWeb(body as import('node:stream/web').ReadableStream),
					limit,
					createWriteStream(path)
				);
			} catch (e) {
				rmSync(path, { force: true });
				throw e;
			}
			return token;
		},
		path(token: string): string | null {
			const path = pathOf(token);
			return existsSync(path) ? path : null;
		},
		remove(token: string): void {
			rmSync(pathOf(token), { force: true });
		},
		/** Removes uploads left unconfirmed for more than a day. */
		sweep(now = Date.now()): void {
			if (!existsSync(dir)) return;
			for (const f of readdirSync(dir)) {
				const p = join(dir, f);
				if (now - statSync(p).mtimeMs > MAX_AGE_MS) rmSync(p, { force: true });
			}
		}
	};
}

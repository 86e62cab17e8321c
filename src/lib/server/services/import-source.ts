/**
 * Reading an uploaded file: its head (to sniff), a first pass when the encoding must be proved, and the
 * decoded text stream. Never reads a whole file into memory.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, type ReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Encoding } from '../../import/types';

export const HEAD_BYTES = 64 * 1024;
// 256 KiB reads: larger ones only raise the peak memory of a big import.
const CHUNK = 1 << 18;

export function readHead(path: string, size: number): Uint8Array {
	const fd = openSync(path, 'r');
	try {
		const buf = Buffer.alloc(Math.min(size, HEAD_BYTES));
		readSync(fd, buf, 0, buf.length, 0);
		return buf;
	} finally {
		closeSync(fd);
	}
}

/**
 * First pass for files without a BOM: SHA-256 and whether the bytes are valid UTF-8 throughout (else they
 * are Windows-1252, where € is 0x80). Files with a BOM skip it: their hash is taken while they are parsed.
 */
export async function scanWithoutBom(
	path: string,
	signal?: AbortSignal
): Promise<{ sha256: string; utf8: boolean }> {
	const hash = createHash('sha256');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let utf8 = true;
	for await (const chunk of createReadStream(path, { highWaterMark: CHUNK, signal })) {
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

/** Node's StringDecoder decodes UTF-8 a third faster than TextDecoder; TextDecoder knows Windows-1252. */
function createDecoder(encoding: Encoding): { write(bytes: Buffer): string; end(): string } {
	if (encoding === 'utf-8' || encoding === 'utf-16le') {
		const decoder = new StringDecoder(encoding === 'utf-8' ? 'utf8' : 'utf16le');
		return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() };
	}
	const decoder = new TextDecoder(encoding);
	return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

function decoderStream(encoding: Encoding, bomLength: number): Transform {
	const decoder = createDecoder(encoding);
	let toSkip = bomLength;
	return new Transform({
		transform(chunk: Buffer, _enc, done) {
			let bytes: Buffer = chunk;
			if (toSkip > 0) {
				const skip = Math.min(toSkip, bytes.length);
				bytes = bytes.subarray(skip);
				toSkip -= skip;
			}
			done(null, decoder.write(bytes));
		},
		flush(done) {
			done(null, decoder.end());
		}
	});
}

export interface TextSource {
	raw: ReadStream;
	text: Transform;
	/** SHA-256 of the bytes read so far (complete once the stream has ended). */
	hash: Hash;
}

/** Opens the file as decoded text, hashing and reporting progress on the way. */
export function openTextSource(
	path: string,
	encoding: Encoding,
	bomLength: number,
	options: {
		size: number;
		signal?: AbortSignal;
		onProgress?: (bytesRead: number, totalBytes: number) => void;
	}
): TextSource {
	const raw = createReadStream(path, { highWaterMark: CHUNK, signal: options.signal });
	const hash = createHash('sha256');
	let bytesRead = 0;
	raw.on('data', (chunk) => {
		hash.update(chunk as Buffer);
		bytesRead += chunk.length;
		options.onProgress?.(bytesRead, options.size);
	});
	const text = raw.pipe(decoderStream(encoding, bomLength));
	raw.on('error', (e) => text.destroy(e));
	// Once the parser has stopped (error, abort), nobody listens to the text stream any more; its error
	// has already been reported through the parse, so it must not also surface as an unhandled event.
	text.on('error', () => undefined);
	return { raw, text, hash };
}

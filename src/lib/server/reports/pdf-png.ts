/**
 * A minimal PNG encoder for opaque RGB images. Canvas PNGs are RGBA; pdfkit turns any alpha channel into a
 * soft mask (transparency), which PDF/A-1 forbids and PDF/A-2 only tolerates. Charts are drawn on a white
 * background, so the alpha channel carries nothing and is dropped here.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FILTER_SUB = 1;

function createChunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData) >>> 0);
	return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes RGBA pixels (4 bytes per pixel, row-major, as returned by getImageData) as an 8-bit RGB PNG,
 * ignoring alpha. Each row uses the "Sub" filter (byte minus the byte 3 positions left), which compresses
 * the flat colour areas of a chart well.
 */
export function encodeOpaquePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
	if (rgba.length !== width * height * 4) {
		throw new RangeError(`taille de pixels incohérente : ${rgba.length} pour ${width}×${height}`);
	}
	const stride = width * 3 + 1;
	const raw = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const rowStart = y * stride;
		raw[rowStart] = FILTER_SUB;
		for (let x = 0; x < width; x++) {
			const source = (y * width + x) * 4;
			const target = rowStart + 1 + x * 3;
			for (let c = 0; c < 3; c++) {
				const left = x > 0 ? rgba[source - 4 + c] : 0;
				raw[target + c] = (rgba[source + c] - left) & 0xff;
			}
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // colour type: truecolour, no alpha
	return Buffer.concat([
		SIGNATURE,
		createChunk('IHDR', header),
		createChunk('IDAT', deflateSync(raw)),
		createChunk('IEND', Buffer.alloc(0))
	]);
}

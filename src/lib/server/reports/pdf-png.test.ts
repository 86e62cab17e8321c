import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng } from './pdf-png';

function makePixels(width: number, height: number): Uint8ClampedArray {
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		rgba.set([(i * 37) % 256, (i * 11) % 256, (i * 97) % 256, i % 3 === 0 ? 0 : 255], i * 4);
	}
	return rgba;
}

describe('encodeOpaquePng', () => {
	test.each([
		[1, 1],
		[7, 3],
		[64, 40]
	])('a %i×%i image decodes back to the same colours, fully opaque', async (width, height) => {
		const rgba = makePixels(width, height);
		const png = encodeOpaquePng(rgba, width, height);
		expect(png.readUInt32BE(16)).toBe(width);
		expect(png.readUInt32BE(20)).toBe(height);
		expect(png[25]).toBe(2); // colour type 2: RGB, no alpha channel for pdfkit to turn into a soft mask
		const image = await loadImage(png);
		const canvas = createCanvas(width, height);
		const ctx = canvas.getContext('2d');
		ctx.drawImage(image, 0, 0);
		const decoded = ctx.getImageData(0, 0, width, height).data;
		for (let i = 0; i < width * height; i++) {
			expect([...decoded.slice(i * 4, i * 4 + 4)]).toEqual([...rgba.slice(i * 4, i * 4 + 3), 255]);
		}
	});

	test('refuses a pixel buffer that does not match the size', () => {
		expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2)).toThrow(/incohérente/);
	});
});

import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { describe, expect, test } from 'vitest';
import { computeChartScale, renderChartPng } from './chart-image';

const config: ChartConfiguration = {
	type: 'bar',
	data: {
		labels: ['Microsoft', 'Zoom'],
		datasets: [{ label: 'Montant', data: [700, 200], backgroundColor: '#0072B2' }]
	},
	options: { plugins: { title: { display: true, text: 'Dépense (1\u202f234\u00a0€)' } } }
};

describe('computeChartScale', () => {
	test.each([
		[482, 560, 200, 3],
		[482, 480, 200, 3],
		[300, 600, 200, 2],
		[482, 560, 300, 4]
	])(
		'a chart placed %i pt wide, laid out at %i px, printed at %i dpi → scale %i',
		(pt, px, dpi, expected) => {
			const scale = computeChartScale(pt, px, dpi);
			expect(scale).toBe(expected);
			expect(px * scale).toBeGreaterThanOrEqual((pt / 72) * dpi);
		}
	);
});

describe('renderChartPng', () => {
	test('renders an opaque PNG at layout size × scale, with something drawn on white', async () => {
		const png = renderChartPng(config, 200, 120, 2);
		expect(png.readUInt32BE(16)).toBe(400);
		expect(png.readUInt32BE(20)).toBe(240);
		expect(png[25]).toBe(2);
		const canvas = createCanvas(400, 240);
		const ctx = canvas.getContext('2d');
		ctx.drawImage(await loadImage(png), 0, 0);
		const pixels = ctx.getImageData(0, 0, 400, 240).data;
		let white = 0;
		let blue = 0;
		for (let i = 0; i < pixels.length; i += 4) {
			if (pixels[i] === 255 && pixels[i + 1] === 255 && pixels[i + 2] === 255) white++;
			if (pixels[i] === 0 && pixels[i + 1] === 0x72 && pixels[i + 2] === 0xb2) blue++;
		}
		expect(white).toBeGreaterThan(pixels.length / 8);
		expect(blue).toBeGreaterThan(1000);
	});

	test('the same config gives the same bytes, and the config is left untouched', () => {
		const before = JSON.stringify(config);
		expect(renderChartPng(config, 200, 120, 2).equals(renderChartPng(config, 200, 120, 2))).toBe(true);
		expect(JSON.stringify(config)).toBe(before);
	});
});

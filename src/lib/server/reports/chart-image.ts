/**
 * The ONLY server-side Chart.js renderer: draws the same pure configs as the screen (src/lib/charts) on
 * @napi-rs/canvas, for the PDF. Text uses the fonts shipped in static/fonts, registered under a private family
 * name so a host without DejaVu still draws the same labels.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import { resolveFontPath } from './pdf-fonts';
import { encodeOpaquePng } from './pdf-png';

/** Private family name: never collides with (or silently falls back to) a system font. */
export const CHART_FONT_FAMILY = 'CapLibreChart';

/** Print resolution the PDF promises for charts (dots per inch); 72 PDF points per inch. */
export const CHART_MIN_DPI = 200;

let isSetUp = false;

function setUpChartJs(): void {
	if (isSetUp) return;
	Chart.register(...registerables);
	// @napi-rs/canvas reads WOFF (checked with 1.1.1); both weights share the family so `bold` works.
	GlobalFonts.registerFromPath(resolveFontPath('regular'), CHART_FONT_FAMILY);
	GlobalFonts.registerFromPath(resolveFontPath('bold'), CHART_FONT_FAMILY);
	Chart.defaults.font.family = CHART_FONT_FAMILY;
	Chart.defaults.font.size = 12;
	Chart.defaults.color = '#1f2937';
	isSetUp = true;
}

/** Paints the (device-sized) canvas white before Chart.js draws, so the image has no transparency. */
const whiteBackground: Plugin = {
	id: 'capLibreWhiteBackground',
	beforeDraw(chart) {
		const { ctx, canvas } = chart;
		ctx.save();
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.restore();
	}
};

/**
 * The scale to render a chart placed at `widthPt` PDF points so that it prints at ≥ CHART_MIN_DPI, when the
 * chart is laid out at `widthPx` CSS pixels: pixels needed = widthPt / 72 × dpi, scale = that / widthPx.
 */
export function computeChartScale(widthPt: number, widthPx: number, dpi: number = CHART_MIN_DPI): number {
	return Math.ceil(((widthPt / 72) * dpi) / widthPx);
}

/**
 * Renders a Chart.js configuration to an opaque RGB PNG of (widthPx × scale) × (heightPx × scale) pixels.
 * Layout (font sizes, paddings) is computed at widthPx × heightPx; `scale` only adds resolution, like a
 * high-density screen. Animation and responsiveness are forced off; the caller's config is not modified.
 */
export function renderChartPng(
	config: ChartConfiguration,
	widthPx: number,
	heightPx: number,
	scale: number
): Buffer {
	setUpChartJs();
	// Chart.js writes into the config it is given; ReportData configs are plain JSON, so a structured clone is exact.
	const copy = structuredClone(config);
	const canvas = createCanvas(widthPx, heightPx);
	const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
		...copy,
		options: {
			...copy.options,
			responsive: false,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: scale
		},
		plugins: [...(copy.plugins ?? []), whiteBackground]
	});
	try {
		const ctx = canvas.getContext('2d');
		const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
		return encodeOpaquePng(pixels.data, canvas.width, canvas.height);
	} finally {
		chart.destroy();
	}
}

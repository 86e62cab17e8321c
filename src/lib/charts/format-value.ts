/**
 * How chart values are written in tables and summaries, and how the axis formats them (Intl options, kept
 * as JSON so the same config renders in the browser and in the PDF).
 */
import { formatCount, formatEurosRounded, formatPercent } from '../domain/money';

/** 'cents' values are integer cents (shown in euros); 'ratio' values are in [0, 1]; 'count' are plain numbers. */
export type ValueUnit = 'cents' | 'count' | 'ratio';

/** A value as text, French style; an em dash for a missing value. */
export function formatValue(value: number | null, unit: ValueUnit): string {
	if (value === null || !Number.isFinite(value)) return '—';
	if (unit === 'cents') return formatEurosRounded(value);
	if (unit === 'ratio') return formatPercent(value);
	return formatCount(Math.round(value));
}

/** The number Chart.js plots: euros for cents (whole-euro axis), the value itself otherwise. */
export function toAxisValue(value: number | null, unit: ValueUnit): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	return unit === 'cents' ? value / 100 : value;
}

/**
 * Intl.NumberFormat options for the value axis ticks. Both fraction bounds are set: Chart.js adds its own
 * minimumFractionDigits from the tick step (1 for steps of 0.1) before these, and a minimum above the
 * maximum makes Intl throw.
 */
export function axisFormat(unit: ValueUnit): Intl.NumberFormatOptions {
	const whole = { minimumFractionDigits: 0, maximumFractionDigits: 0 };
	if (unit === 'cents') return { style: 'currency', currency: 'EUR', ...whole };
	if (unit === 'ratio') return { style: 'percent', ...whole };
	return whole;
}

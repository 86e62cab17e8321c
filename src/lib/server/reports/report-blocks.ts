/**
 * Small builders shared by the report's sections: blocks from chart builders and column lists, and the
 * French writing of values that several sections print (indicator values, coverage, counts, dates).
 */
import type { ChartConfiguration } from 'chart.js';
import type { DataTable } from '../../charts/types';
import { formatDateShort } from '../../domain/dashboard/dates';
import { formatCount, formatEurosRounded, formatPercent } from '../../domain/money';
import { HHI_MAX, LOW_COVERAGE_THRESHOLD, type IndicatorUnit } from '../../domain/sovereignty';
import type { Block, TableColumn } from './report-types';

/** What every chart builder of src/lib/charts returns. */
export interface BuiltChart {
	config: ChartConfiguration<'bar'> | ChartConfiguration<'line'>;
	table: DataTable;
	summary: string;
}

/** A chart block from a pure chart builder's output (the same config the screen draws). */
export function toChartBlock(title: string, chart: BuiltChart): Block {
	return {
		kind: 'chart',
		title,
		config: chart.config as ChartConfiguration,
		summary: chart.summary,
		table: chart.table
	};
}

/** A table block; `columns` pairs each label with its alignment ('r' = right-aligned number). */
export function toTableBlock(
	caption: string,
	columns: [label: string, align: 'l' | 'r'][],
	rows: string[][],
	note?: string
): Block {
	const cols: TableColumn[] = columns.map(([label, align]) => ({
		label,
		align: align === 'r' ? 'right' : 'left'
	}));
	return note === undefined
		? { kind: 'table', caption, columns: cols, rows }
		: { kind: 'table', caption, columns: cols, rows, note };
}

export const DASH = '—';

/** "1 234", or a dash for an unknown count. */
export function formatMaybeCount(n: number | null | undefined): string {
	return n === null || n === undefined ? DASH : formatCount(Math.round(n));
}

/** "01/06/2025" from an ISO date or date-time (date-times read in Paris time, the councils' legal time). */
export function formatShortDate(iso: string): string {
	if (iso.length === 10) return formatDateShort(iso);
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' }).format(date);
}

/**
 * An indicator's value as the Souveraineté page writes it: "42 %", "120 899 €", "6 048 / 10 000",
 * "22 / 100"; `unknown` when null.
 */
export function formatIndicatorValue(value: number | null, unit: IndicatorUnit, unknown: string): string {
	if (value === null || !Number.isFinite(value)) return unknown;
	switch (unit) {
		case 'ratio':
			return formatPercent(value);
		case 'cents':
			return formatEurosRounded(value);
		case 'hhi':
			return `${formatCount(value)} / ${formatCount(HHI_MAX)}`;
		case 'score':
			return `${formatCount(value)} / 100`;
	}
}

/**
 * Coverage in whole percent, as the Souveraineté page shows it: "< 1 %" for a small non-zero coverage, and a
 * coverage flagged insufficient (below 80 %) never shown as "80 %".
 */
export function formatCoverage(coverage: number): string {
	if (coverage > 0 && coverage < 0.005) return '< 1\u00a0%';
	const rounded = Math.round(coverage * 100);
	const shown =
		coverage < LOW_COVERAGE_THRESHOLD && rounded >= LOW_COVERAGE_THRESHOLD * 100 ? rounded - 1 : rounded;
	return formatPercent(shown / 100);
}

/** The first letter in upper case (a catalogue fragment placed at the start of a sentence). */
export function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

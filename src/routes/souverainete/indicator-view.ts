/**
 * How the Souveraineté page writes and groups indicators (route-local, shared by its components).
 */
import { formatCount, formatEurosRounded, formatPercent } from '$lib/domain/money';
import { HHI_MAX, LOW_COVERAGE_THRESHOLD, type Indicator, type IndicatorUnit } from '$lib/domain/sovereignty';

/** Coverage in whole percent as shown: rounded, except that a coverage below the threshold never shows 80 %. */
function toShownPercent(coverage: number): number {
	const rounded = Math.round(coverage * 100);
	return coverage < LOW_COVERAGE_THRESHOLD && rounded >= LOW_COVERAGE_THRESHOLD * 100 ? rounded - 1 : rounded;
}

/** "39 %", "< 1 %" for a small non-zero coverage; never "80 %" for a coverage flagged insufficient. */
export function formatCoverage(coverage: number): string {
	if (coverage > 0 && coverage < 0.005) return '< 1\u00a0%';
	return formatPercent(toShownPercent(coverage) / 100);
}

/** What formatCoverage leaves out, so that the two add up to 100 %. */
export function formatMissing(coverage: number): string {
	return formatPercent(1 - toShownPercent(coverage) / 100);
}

/** "42 %" (as the readings write it), "120 899 €", "6 048 / 10 000", "22 / 100"; `unknown` when null. */
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

export const FAMILIES = [
	'licence',
	'jurisdiction',
	'hosting',
	'concentration',
	'openness',
	'mutualisation',
	'seal',
	'other'
] as const;
export type Family = (typeof FAMILIES)[number];

const FAMILY_OF: Record<string, Family> = {
	'open-source-seats-share': 'licence',
	'open-source-spend-share': 'licence',
	'non-eu-spend': 'jurisdiction',
	'non-eu-spend-share': 'jurisdiction',
	'non-eu-seats-share': 'jurisdiction',
	'hosting-on-premises-share': 'hosting',
	'hosting-eu-cloud-share': 'hosting',
	'hosting-secnumcloud-share': 'hosting',
	'hosting-non-eu-cloud-share': 'hosting',
	'top-vendor-spend-share': 'concentration',
	'vendor-hhi': 'concentration',
	'open-formats-seats-share': 'openness',
	'reversible-spend-share': 'openness',
	'mutualised-tools-share': 'mutualisation',
	'mutualised-seats-share': 'mutualisation',
	'seal-2-plus-seats-share': 'seal',
	'seal-3-plus-seats-share': 'seal'
};

/** Indicators grouped by family, in FAMILIES order, empty families left out. */
export function groupIndicators(
	indicators: readonly Indicator[]
): { family: Family; indicators: Indicator[] }[] {
	return FAMILIES.map((family) => ({
		family,
		indicators: indicators.filter((i) => (FAMILY_OF[i.id] ?? 'other') === family)
	})).filter((g) => g.indicators.length > 0);
}

/** The key products are matched under across lists (trimmed, lower-case name). */
export function toNameKey(name: string): string {
	return name.trim().toLocaleLowerCase('fr');
}

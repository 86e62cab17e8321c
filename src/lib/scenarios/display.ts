/**
 * Small French display helpers shared by the scenario pages (list, detail, comparison), so that a payback
 * year, a rate or a set of waves reads the same everywhere.
 */
import { formatPercent } from '../domain/money';
import { format } from '../i18n/format';

const rate = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** "Année 3 (2028)", or "Pas dans l'horizon" when the scenario never pays back. */
export function formatPayback(
	year: number | null,
	firstCalendarYear: number | null,
	texts: { paybackYear: string; paybackNever: string }
): string {
	if (year === null) return texts.paybackNever;
	const label = format(texts.paybackYear, { year });
	return firstCalendarYear === null ? label : `${label} (${firstCalendarYear + year - 1})`;
}

/** "3,2 %", "0 %": a rate with at most one decimal. */
export function formatRate(value: number): string {
	return rate.format(value);
}

/** "10 % · 40 % · 50 %": the share switched each year, zeros at the end left out. */
export function formatWaves(waves: readonly number[]): string {
	let end = waves.length;
	while (end > 1 && waves[end - 1] === 0) end--;
	return waves
		.slice(0, end)
		.map((share) => formatPercent(share))
		.join(' · ');
}

/**
 * "12/05/2026": a plain ISO date as is, a UTC timestamp as the date in Paris. The time zone is explicit so
 * that the server and the browser render the same text.
 */
export function formatDate(iso: string): string {
	const plain = iso.length === 10;
	const date = new Date(plain ? `${iso}T00:00:00Z` : iso);
	if (Number.isNaN(date.getTime())) return iso;
	return date.toLocaleDateString('fr-FR', { timeZone: plain ? 'UTC' : 'Europe/Paris' });
}

/**
 * French date formats for dashboards and charts. Dates are ISO `yyyy-mm-dd` strings, read as UTC calendar
 * days so a server and a browser in different time zones print the same day. Pure.
 */
const longFormatter = new Intl.DateTimeFormat('fr-FR', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const shortFormatter = new Intl.DateTimeFormat('fr-FR', {
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	timeZone: 'UTC'
});
const monthFormatter = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value;
}

function toUtc(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** "1 juin 2025"; the input unchanged when it is not an ISO date. */
export function formatDateLong(iso: string): string {
	return isIsoDate(iso) ? longFormatter.format(toUtc(iso)) : iso;
}

/** "01/06/2025"; the input unchanged when it is not an ISO date. */
export function formatDateShort(iso: string): string {
	return isIsoDate(iso) ? shortFormatter.format(toUtc(iso)) : iso;
}

/** "juin 2025", for chart axes. */
export function formatMonth(iso: string): string {
	return isIsoDate(iso) ? monthFormatter.format(toUtc(iso)) : iso;
}

/**
 * The same day `months` months later (negative: earlier), clamped to the month's last day
 * (2025-01-31 + 1 month = 2025-02-28).
 */
export function addMonths(iso: string, months: number): string {
	const d = toUtc(iso);
	const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
	return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/**
 * Orders ISO dates (or any strings) by code unit: yyyy-mm-dd sorts as text, and this is far cheaper than
 * localeCompare on thousands of lines.
 */
export function compareIso(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar year of an ISO date. */
export function yearOf(iso: string): number {
	return Number(iso.slice(0, 4));
}

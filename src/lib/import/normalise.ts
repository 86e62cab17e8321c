/**
 * Locale-aware value parsers used per column: numbers and money (re-exported from normalise-number.ts),
 * booleans, ISO-8601 durations, storage sizes and "unlimited" literals (dates: normalise-dates.ts).
 * Convention of every parser: `null` = empty cell (no value, never 0), `undefined` = invalid value.
 */
import { isDigits, parseNumber, trimCell, type DecimalSeparator } from './normalise-number';

export {
	decideDecimalSeparator,
	isDigits,
	parseCents,
	parseNumber,
	trimCell,
	type DecimalSeparator
} from './normalise-number';

/** Distinct value for "Illimité" / "Unlimited" licence counts and storage quotas. */
export const UNLIMITED = 'unlimited';
export type Unlimited = typeof UNLIMITED;

const TRUE_WORDS = new Set([
	'true',
	'yes',
	'oui',
	'o',
	'y',
	'vrai',
	'1',
	'x',
	'si',
	'ja',
	'actif',
	'active',
	'enabled',
	'on'
]);
const FALSE_WORDS = new Set([
	'false',
	'no',
	'non',
	'n',
	'faux',
	'0',
	'nein',
	'inactif',
	'inactive',
	'disabled',
	'off'
]);

/**
 * Parses a boolean from the vocabularies seen in exports: True/False, Yes/No, Oui/Non, O/N, VRAI/FAUX,
 * true/false, 1/0, X (empty cell → null, the caller decides whether empty means false). Unknown → undefined.
 */
export function parseBoolean(raw: string): boolean | null | undefined {
	switch (raw) {
		case 'Yes':
		case 'True':
			return true;
		case 'No':
		case 'False':
			return false;
		case '':
			return null;
	}
	const v = trimCell(raw).toLowerCase();
	if (v === '') return null;
	if (TRUE_WORDS.has(v)) return true;
	if (FALSE_WORDS.has(v)) return false;
	return undefined;
}

const ISO_DURATION =
	/^P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const CLOCK_DURATION = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;

function toNumber(part: string | undefined): number {
	return part ? Number(part.replace(',', '.')) : 0;
}

/** ISO-8601 duration (`PT4H23M` → 15780) or `h:mm[:ss]` → whole seconds. Empty → null; invalid → undefined. */
export function parseDurationSeconds(raw: string): number | null | undefined {
	const v = trimCell(raw);
	if (v === '') return null;
	const iso = ISO_DURATION.exec(v);
	if (iso && v.length > 1 && v.toUpperCase() !== 'PT') {
		return Math.round(
			toNumber(iso[1]) * 86400 + toNumber(iso[2]) * 3600 + toNumber(iso[3]) * 60 + toNumber(iso[4])
		);
	}
	const clock = CLOCK_DURATION.exec(v);
	if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + toNumber(clock[3]);
	return undefined;
}

const UNLIMITED_WORDS = /^(?:illimitee?s?|unlimited|sans limite|ilimitado|∞)$/;

/** True for "Illimité", "Unlimited", "Sans limite", "∞" (any case, accents ignored). */
export function isUnlimitedLiteral(raw: string): boolean {
	const v = trimCell(raw).toLowerCase();
	return v.length > 0 && UNLIMITED_WORDS.test(v.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * A count of seats or installations: a whole number (negative on a credit note), "Illimité" → UNLIMITED.
 * Empty → null; invalid or fractional → undefined. A count is whole, so "1,204" in a column whose decimal
 * sign is the comma is GLPI's "1,234.56" display preference: the comma groups thousands.
 */
export function parseCount(raw: string, decimal: DecimalSeparator): number | Unlimited | null | undefined {
	if (isDigits(raw)) return Number(raw);
	if (isUnlimitedLiteral(raw)) return UNLIMITED;
	const n = parseNumber(raw, decimal);
	if (n === null || n === undefined || Number.isInteger(n)) return n;
	const grouped = parseNumber(raw, decimal === ',' ? '.' : ',');
	return typeof grouped === 'number' && Number.isInteger(grouped) ? grouped : undefined;
}

const SIZE = /^(\d+(?:[.,]\d+)?)\s*(b|o|kb|ko|kib|mb|mo|mib|gb|go|gib|tb|to|tib)?$/i;
const SIZE_POWERS: Readonly<Record<string, number>> = { b: 0, o: 0, k: 1, m: 2, g: 3, t: 4 };

/**
 * Storage size in bytes: `0.84GB` → 0.84 × 2^30 (binary units, as Google and Microsoft storage quotas count),
 * `1,5 Go`, raw byte counts beyond 2^32. "Unlimited" → UNLIMITED. Empty → null; invalid → undefined.
 */
export function parseBytes(raw: string): number | Unlimited | null | undefined {
	const v = trimCell(raw);
	if (v === '') return null;
	if (isDigits(v)) return Number(v);
	if (isUnlimitedLiteral(v)) return UNLIMITED;
	const m = SIZE.exec(v.replace(/[\s\u00a0\u202f]/g, ''));
	if (!m) return undefined;
	const unit = (m[2] ?? 'b').toLowerCase()[0];
	return Math.round(Number(m[1].replace(',', '.')) * 1024 ** SIZE_POWERS[unit]);
}

const EMAIL = /[^\s@<>()[\],;:"']+@[^\s@<>()[\],;:"']+\.[a-z]{2,}/gi;
export const MASKED_EMAIL = '[adresse e-mail masquée]';

/**
 * Free text with every e-mail address replaced by MASKED_EMAIL: an agent's address typed into an invoice label
 * must not be stored. Names cannot be told from other words; addresses can.
 */
export function maskEmails(text: string): string {
	return text.indexOf('@') < 0 ? text : text.replace(EMAIL, MASKED_EMAIL);
}

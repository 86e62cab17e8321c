/**
 * Numbers and money written the way French (and other) exports write them, parsed per column.
 * Convention of every parser: `null` = empty cell (no value, never 0), `undefined` = invalid value.
 */

export type DecimalSeparator = ',' | '.';

interface DecimalParts {
	negative: boolean;
	int: string;
	frac: string;
	exponent: number;
}

const EDGE_SPACES = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;
const CURRENCY = /^(?:€|eur)|(?:€|eur|euros?)$/i;
const GROUP_CHARS = /[\s\u00a0\u202f'’]/;
const NUMBER_BODY = /^[0-9.,\s\u00a0\u202f'’]+$/;
const EXPONENT = /[eE]([+-]?\d{1,3})$/;
const GROUPED = /^\d{1,3}(?:[.,\s\u00a0\u202f'’]\d{3})+$/;

/** True for a non-empty string of ASCII digits only (the fast path of counts and ids). */
export function isDigits(s: string): boolean {
	if (s.length === 0) return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** Trims spaces, NBSP and NNBSP around a cell. */
export function trimCell(raw: string): string {
	const first = raw.charCodeAt(0);
	const last = raw.charCodeAt(raw.length - 1);
	if (first > 32 && first !== 160 && last > 32 && last !== 160 && last !== 0x202f && first !== 0x202f)
		return raw;
	return raw.replace(EDGE_SPACES, '');
}

/** Removes sign, parentheses and currency around a number; returns the bare body and the sign. */
function stripDecorations(raw: string): { body: string; negative: boolean } {
	let s = trimCell(raw);
	let negative = false;
	if (s.startsWith('(') && s.endsWith(')')) {
		negative = true;
		s = trimCell(s.slice(1, -1));
	}
	for (let pass = 0; pass < 2; pass++) {
		if (s.startsWith('-') || s.startsWith('−')) {
			negative = !negative;
			s = trimCell(s.slice(1));
		} else if (s.startsWith('+')) s = trimCell(s.slice(1));
		else if (s.endsWith('-') && s.length > 1) {
			negative = !negative;
			s = trimCell(s.slice(0, -1));
		}
		if (CURRENCY.test(s)) s = trimCell(s.replace(CURRENCY, ''));
	}
	return { body: s, negative };
}

/** Splits a locale number into sign, integer digits, fraction digits and exponent; see parseNumber. */
function splitNumber(raw: string, decimal: DecimalSeparator): DecimalParts | null | undefined {
	const { body: decorated, negative } = stripDecorations(raw);
	if (decorated === '')
		return trimCell(raw) === '' ? null : { negative: false, int: '0', frac: '', exponent: 0 };
	let body = decorated;
	let exponent = 0;
	const exp = EXPONENT.exec(body);
	if (exp) {
		exponent = Number(exp[1]);
		body = body.slice(0, exp.index);
	}
	if (isDigits(body)) return { negative, int: body, frac: '', exponent };
	if (!NUMBER_BODY.test(body)) return undefined;
	const lastComma = body.lastIndexOf(',');
	const lastDot = body.lastIndexOf('.');
	let decimalAt = -1;
	if (lastComma >= 0 && lastDot >= 0) decimalAt = Math.max(lastComma, lastDot);
	else {
		const at = lastComma >= 0 ? lastComma : lastDot;
		const sep = body[at];
		const single = at >= 0 && body.indexOf(sep) === at;
		// A lone separator is the decimal one unless it is the column's thousands sign AND groups 3 digits.
		if (single && (sep === decimal || !GROUPED.test(body))) decimalAt = at;
	}
	const intRaw = decimalAt >= 0 ? body.slice(0, decimalAt) : body;
	const frac = decimalAt >= 0 ? body.slice(decimalAt + 1) : '';
	if (frac !== '' && !isDigits(frac)) return undefined;
	let int = intRaw;
	if (!isDigits(intRaw)) {
		if (intRaw === '' && frac !== '') int = '0';
		else if (GROUPED.test(intRaw) && singleGroupChar(intRaw)) int = intRaw.replace(/[^0-9]/g, '');
		else return undefined;
	}
	return { negative, int, frac, exponent };
}

/** True when a grouped integer uses one kind of thousands separator ("1 234 567", not "1.234 567"). */
function singleGroupChar(s: string): boolean {
	let sep = '';
	for (const ch of s) {
		if (ch >= '0' && ch <= '9') continue;
		const kind = GROUP_CHARS.test(ch) ? ' ' : ch;
		if (sep === '') sep = kind;
		else if (sep !== kind) return false;
	}
	return true;
}

/**
 * Parses a number written in any locale seen in exports: `1 234,56`, `1.234,56`, `1,234.56`, `1'234.56`,
 * `-480,00 €`, `(480,00)`, `€12`, `2,19909E+13`. `decimal` is the column's decimal separator (decided by
 * decideDecimalSeparator) and only settles ambiguous values such as `1.234`. Empty → null; invalid → undefined.
 */
export function parseNumber(raw: string, decimal: DecimalSeparator): number | null | undefined {
	if (isDigits(raw)) return Number(raw);
	const p = splitNumber(raw, decimal);
	if (!p) return p;
	const n = Number(`${p.int}${p.frac ? '.' + p.frac : ''}e${p.exponent}`);
	if (!Number.isFinite(n)) return undefined;
	return p.negative && n !== 0 ? -n : n;
}

/**
 * Parses an amount into integer cents without float arithmetic: the digit string is split at the decimal
 * point, cents = int × 100 + first two fraction digits, rounded half away from zero on the third.
 * `"1 234,56 €"` → 123456, `"-480,00 €"` → -48000, `"6566.4"` → 656640. Empty → null; invalid → undefined.
 */
export function parseCents(raw: string, decimal: DecimalSeparator): number | null | undefined {
	const p = splitNumber(raw, decimal);
	if (!p) return p;
	let digits = p.int + p.frac;
	let point = p.int.length + p.exponent;
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
	const whole = digits.slice(0, point) || '0';
	const fraction = digits.slice(point) + '000';
	let cents = Number(whole) * 100 + Number(fraction.slice(0, 2));
	if (fraction.charCodeAt(2) >= 53) cents += 1;
	if (!Number.isSafeInteger(cents)) return undefined;
	return p.negative && cents !== 0 ? -cents : cents;
}

/**
 * Decides a column's decimal separator from sample values: a value with both signs votes for the last one;
 * a single sign followed by other than 3 digits votes for it; repeated signs vote for the other one.
 * Default `,` (French exports), unless `.` has more votes.
 */
export function decideDecimalSeparator(values: readonly string[]): DecimalSeparator {
	let comma = 0;
	let dot = 0;
	for (const raw of values) {
		const v = stripDecorations(raw).body;
		const c = v.lastIndexOf(',');
		const d = v.lastIndexOf('.');
		if (c >= 0 && d >= 0) {
			if (c > d) comma++;
			else dot++;
		} else if (c >= 0) {
			if (v.indexOf(',') !== c) dot++;
			else if (!GROUPED.test(v)) comma++;
		} else if (d >= 0) {
			if (v.indexOf('.') !== d) comma++;
			else if (!GROUPED.test(v)) dot++;
		}
	}
	return dot > comma ? '.' : ',';
}

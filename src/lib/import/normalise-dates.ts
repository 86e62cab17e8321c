/**
 * Dates, decided per column (`01/02/2025` is ambiguous: the whole column settles day-first or month-first).
 * Output is always ISO `yyyy-mm-dd`; the time of day is dropped. `null` = empty or a "never" literal,
 * `undefined` = not a date.
 */
import { trimCell } from './normalise-number';

export type DateOrder = 'dmy' | 'mdy';

const ISO =
	/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T ]+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NUMERIC =
	/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[T ]+(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?$/;
const MONTH_FIRST_TEXT =
	/^([a-zéû]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;
const DAY_FIRST_TEXT =
	/^(\d{1,2})(?:er)?\s+([a-zéû]{3,9})\.?\s+(\d{4})(?:\s+(?:à\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?$/i;
const SERIAL = /^(\d{5})(?:[.,]\d+)?$/;
const NEVER =
	/^(?:never|jamais|nunca|nie\b|nooit|aucune?\b|none$|n\/a$|-$|—$|not in the last|pas (?:au cours|dans les|depuis)|no en los|non (?:utilise|connecte))/;
const AM_PM = /[ap]\.?m\.?$/i;

const MONTHS: Readonly<Record<string, number>> = {
	jan: 1,
	janv: 1,
	janvier: 1,
	january: 1,
	ene: 1,
	enero: 1,
	feb: 2,
	fev: 2,
	fevr: 2,
	fevrier: 2,
	february: 2,
	febrero: 2,
	mar: 3,
	mars: 3,
	march: 3,
	marzo: 3,
	apr: 4,
	avr: 4,
	avril: 4,
	april: 4,
	abr: 4,
	abril: 4,
	may: 5,
	mai: 5,
	mayo: 5,
	jun: 6,
	juin: 6,
	june: 6,
	junio: 6,
	jul: 7,
	juil: 7,
	juillet: 7,
	july: 7,
	julio: 7,
	aug: 8,
	aou: 8,
	aout: 8,
	august: 8,
	ago: 8,
	agosto: 8,
	sep: 9,
	sept: 9,
	septembre: 9,
	september: 9,
	septiembre: 9,
	oct: 10,
	octobre: 10,
	october: 10,
	octubre: 10,
	nov: 11,
	novembre: 11,
	november: 11,
	noviembre: 11,
	dec: 12,
	decembre: 12,
	december: 12,
	dic: 12,
	diciembre: 12
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function foldAccents(s: string): string {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** True for "Never logged in", "Jamais", "Nunca", "Not in the last 30 days", "No en los últimos 30 días"… */
export function isNeverLiteral(raw: string): boolean {
	return NEVER.test(foldAccents(trimCell(raw).toLowerCase()));
}

function pad2(n: number): string {
	return n < 10 ? '0' + n : String(n);
}

/** Builds `yyyy-mm-dd` after checking the month and the day (29 February only in leap years). */
function toIso(year: number, month: number, day: number): string | undefined {
	if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1] || year < 1900 || year > 2199) {
		return undefined;
	}
	if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
		return undefined;
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

function expandYear(y: string): number {
	const n = Number(y);
	return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function monthFromName(name: string): number | undefined {
	const key = foldAccents(name.toLowerCase());
	return MONTHS[key] ?? MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)];
}

/** Excel serial day number (1900 date system, day 0 = 1899-12-30) → ISO date. */
export function excelSerialToIso(serial: number): string {
	return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

function digitAt(s: string, i: number): number {
	const d = s.charCodeAt(i) - 48;
	return d >= 0 && d <= 9 ? d : -100;
}

/** Fast path for the `yyyy-mm-dd` dates of Microsoft reports (millions of rows): days 1–28 need no calendar. */
function isPlainIsoDate(s: string): boolean {
	const y = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
	const m = digitAt(s, 5) * 10 + digitAt(s, 6);
	const d = digitAt(s, 8) * 10 + digitAt(s, 9);
	return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= 28;
}

/**
 * Parses a date in any shape seen in exports: `yyyy-mm-dd`, `yyyy-mm-ddThh:mm:ssZ`, `yyyy/mm/dd hh:mm:ss`,
 * `dd/mm/yyyy [hh:mm]`, `dd/mm/yy`, `DD-MM-YYYY`, `MM/DD/YYYY hh:mm:ss AM`, `Aug 12, 2026 10:00 AM`,
 * `12 août 2026`, Excel serials (10000–80000). `order` settles `a/b/yyyy` for the whole column.
 */
export function parseDate(raw: string, order: DateOrder): string | null | undefined {
	if (raw.length === 10 && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45 && isPlainIsoDate(raw))
		return raw;
	const v = trimCell(raw);
	if (v === '') return null;
	let m = ISO.exec(v) ?? YMD_SLASH.exec(v);
	if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
	m = NUMERIC.exec(v);
	if (m) {
		const [a, b] = [Number(m[1]), Number(m[2])];
		const year = expandYear(m[3]);
		return order === 'mdy' ? toIso(year, a, b) : toIso(year, b, a);
	}
	m = MONTH_FIRST_TEXT.exec(v);
	if (m) {
		const month = monthFromName(m[1]);
		return month ? toIso(Number(m[3]), month, Number(m[2])) : undefined;
	}
	m = DAY_FIRST_TEXT.exec(v);
	if (m) {
		const month = monthFromName(m[2]);
		return month ? toIso(Number(m[3]), month, Number(m[1])) : undefined;
	}
	m = SERIAL.exec(v);
	if (m) {
		const serial = Number(m[1]);
		return serial >= 10000 && serial <= 80000 ? excelSerialToIso(serial) : undefined;
	}
	return isNeverLiteral(v) ? null : undefined;
}

/**
 * Decides whether a column writes `a/b/yyyy` day-first or month-first: a first number above 12 proves
 * day-first, a second above 12 proves month-first, an AM/PM suffix (Zoom) hints month-first.
 * French default: day-first.
 */
export function decideDateOrder(values: readonly string[]): DateOrder {
	let dayFirst = 0;
	let monthFirst = 0;
	let amPm = 0;
	for (const raw of values) {
		const m = NUMERIC.exec(trimCell(raw));
		if (!m) continue;
		if (Number(m[1]) > 12) dayFirst++;
		if (Number(m[2]) > 12) monthFirst++;
		if (m[6] && AM_PM.test(m[6])) amPm++;
	}
	if (monthFirst > dayFirst) return 'mdy';
	if (dayFirst > 0) return 'dmy';
	return amPm > 0 ? 'mdy' : 'dmy';
}

/** Adds (or subtracts) whole days to an ISO date, in UTC. */
export function addDays(iso: string, days: number): string {
	const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
	return new Date(t + days * 86400000).toISOString().slice(0, 10);
}

/** Adds whole months to an ISO date, clamping the day to the target month's length. */
export function addMonths(iso: string, months: number): string {
	const y = Number(iso.slice(0, 4));
	const m = Number(iso.slice(5, 7)) - 1 + months;
	const targetYear = y + Math.floor(m / 12);
	const targetMonth = ((m % 12) + 12) % 12;
	const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
	const day = Math.min(Number(iso.slice(8, 10)), lastDay);
	return `${targetYear}-${pad2(targetMonth + 1)}-${pad2(day)}`;
}

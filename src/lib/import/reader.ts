/**
 * Typed cell readers for one header. Each column's number and date conventions are decided once, from the
 * sample rows, the first time the column is read; a bad value records a French error naming the line and
 * the column and marks the row as failed (the processor then drops its records).
 */
import {
	decideDecimalSeparator,
	isDigits,
	maskEmails,
	parseBoolean,
	parseBytes,
	parseCents,
	parseCount,
	parseDurationSeconds,
	parseNumber,
	trimCell,
	type DecimalSeparator,
	type Unlimited
} from './normalise';
import { decideDateOrder, parseDate, type DateOrder } from './normalise-dates';
import type { ImportIssue } from './types';

const DATE_IN_TEXT = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g;

export interface IssueSink {
	error(issue: ImportIssue): void;
	/** A file-level warning, given once per code. */
	warnOnce(code: string, message: string): void;
}

const EXPECTED = {
	number: 'un nombre comme 1 234 ou 12,5',
	count: 'un nombre entier comme 1 234',
	counter: 'un nombre entier positif ou nul, comme 0 ou 1 234',
	money: '1 234,56 €',
	date: 'une date comme 31/12/2024 ou 2024-12-31',
	boolean: 'Oui/Non, Yes/No, True/False, 1/0 ou X',
	rate: 'un taux comme 20 % ou 5,5 %',
	period: 'une période comme 01/01/2024 - 31/12/2024 ou du 01/04/2024 au 31/03/2025',
	duration: 'une durée comme PT4H23M ou 01:30:00',
	size: 'une taille comme 0.84GB ou un nombre d’octets'
} as const;

const WHAT = {
	number: 'un nombre valide',
	count: 'un nombre entier valide',
	counter: 'un compteur valide',
	money: 'un montant valide',
	date: 'une date valide',
	boolean: 'une valeur oui/non reconnue',
	rate: 'un taux valide',
	duration: 'une durée valide',
	size: 'une taille valide'
} as const;

/**
 * Quotes a bad value in a message only when it cannot identify a person: it must contain a digit and no `@`,
 * and be short. Otherwise the message says « la valeur » (names and e-mails never reach the import log).
 */
export function describeValue(raw: string): string {
	const v = trimCell(raw);
	if (v.length > 40 || v.includes('@') || !/\d/.test(v)) return 'la valeur';
	return `« ${v} »`;
}

/** Reads the cells of one header's rows; `line` and `failed` are set by the processor for each row. */
export class FieldReader {
	line = 0;
	failed = false;
	private readonly decimals: (DecimalSeparator | undefined)[] = [];
	private readonly orders: (DateOrder | undefined)[] = [];
	private readonly lastDateRaw: (string | undefined)[] = [];
	private readonly lastDate: (string | null)[] = [];

	constructor(
		readonly header: readonly string[],
		private readonly sample: readonly string[][],
		private readonly sink: IssueSink
	) {}

	/** Column name for messages (the header as written, or its position when the header cell is empty). */
	columnName(i: number): string {
		const h = trimCell(this.header[i] ?? '');
		return h === '' ? `n° ${i + 1}` : h.replace(/^\ufeff/, '');
	}

	/** Records an error for the current line and column and marks the row as failed. */
	fail(i: number, code: string, message: string): void {
		this.failed = true;
		if (i < 0) {
			this.sink.error({ line: this.line, column: null, code, message: `Ligne ${this.line} : ${message}` });
			return;
		}
		const column = this.columnName(i);
		this.sink.error({
			line: this.line,
			column,
			code,
			message: `Ligne ${this.line}, colonne « ${column} » : ${message}`
		});
	}

	private invalid(i: number, raw: string, kind: keyof typeof WHAT): undefined {
		this.fail(
			i,
			`invalid-${kind}`,
			`${describeValue(raw)} n’est pas ${WHAT[kind]} (attendu : ${EXPECTED[kind]}).`
		);
		return undefined;
	}

	/** Non-empty sample values of column i; the value being read stands in when the sample has none. */
	private sampleColumn(i: number, fallback: string): string[] {
		const values: string[] = [];
		for (const row of this.sample) {
			const v = row[i];
			if (v !== undefined && v !== '') values.push(v);
		}
		return values.length > 0 ? values : [fallback];
	}

	private decimal(i: number, raw: string): DecimalSeparator {
		return (this.decimals[i] ??= decideDecimalSeparator(this.sampleColumn(i, raw)));
	}

	/** Trimmed text, null when the column is absent or the cell empty. */
	text(cells: readonly string[], i: number): string | null {
		if (i < 0) return null;
		const raw = cells[i];
		if (raw === undefined || raw === '') return null;
		const v = trimCell(raw);
		return v === '' ? null : v;
	}

	/** Like text(), for free text a person typed (labels, suppliers, services): e-mail addresses are masked. */
	freeText(cells: readonly string[], i: number): string | null {
		const v = this.text(cells, i);
		return v === null ? null : maskEmails(v);
	}

	/** Like text(), but an empty cell is an error (`what` says what was expected, in French). */
	required(cells: readonly string[], i: number, what: string): string | null {
		const v = this.text(cells, i);
		if (v === null && i >= 0) this.fail(i, 'missing-value', `valeur vide (attendu : ${what}).`);
		return v;
	}

	number(cells: readonly string[], i: number): number | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const n = parseNumber(raw, this.decimal(i, raw));
		return n === undefined ? (this.invalid(i, raw, 'number') ?? null) : n;
	}

	count(cells: readonly string[], i: number): number | Unlimited | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const n = parseCount(raw, this.decimal(i, raw));
		return n === undefined ? (this.invalid(i, raw, 'count') ?? null) : n;
	}

	/** An activity counter (messages sent, calls…): a whole number, never negative, never "Illimité". */
	counter(cells: readonly string[], i: number): number | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		if (isDigits(raw)) return Number(raw);
		const n = parseCount(raw, this.decimal(i, raw));
		if (n === null || (typeof n === 'number' && n >= 0)) return n;
		return this.invalid(i, raw, 'counter') ?? null;
	}

	cents(cells: readonly string[], i: number): number | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const n = parseCents(raw, this.decimal(i, raw));
		return n === undefined ? (this.invalid(i, raw, 'money') ?? null) : n;
	}

	/**
	 * A period written in one cell ("01/01/2024 - 31/12/2024", "du 01/04/2024 au 31/03/2025"): its two dates.
	 * Anything else ("2024", "T1 2024", "12 mois") is no error: the row keeps no term, and the file one warning.
	 */
	dateRange(cells: readonly string[], i: number): { from: string; to: string } | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		if (trimCell(raw) === '') return null;
		const dates = raw.match(DATE_IN_TEXT);
		if (dates?.length === 2) {
			const sample = this.sample.flatMap((r) => (r[i] ?? '').match(DATE_IN_TEXT) ?? []);
			const order = (this.orders[i] ??= decideDateOrder(sample.length > 0 ? sample : dates));
			const from = parseDate(dates[0], order);
			const to = parseDate(dates[1], order);
			if (from && to && from <= to) return { from, to };
		}
		this.sink.warnOnce(
			'period-unread',
			`Ligne ${this.line}, colonne « ${this.columnName(i)} » : ${describeValue(raw)} n’est pas une période datée (attendu : ${EXPECTED.period}) ; les dates de début et de fin de ces lignes restent vides.`
		);
		return null;
	}

	/** True when the cell holds a percentage ("20 %"), e.g. a VAT rate where an amount was expected. */
	isPercent(cells: readonly string[], i: number): boolean {
		return i >= 0 && /%\s*$/.test(cells[i] ?? '');
	}

	/** A percentage ("20 %", "5,5 %") as a number of percent. */
	rate(cells: readonly string[], i: number): number | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const body = trimCell(raw).replace(/\s*%$/, '');
		const n = parseNumber(body, this.decimal(i, body));
		return n === undefined || (n !== null && (n < 0 || n > 100)) ? (this.invalid(i, raw, 'rate') ?? null) : n;
	}

	/** ISO date; `lenient` turns unknown literals (localised "not in the last 30 days"…) into null. */
	date(cells: readonly string[], i: number, lenient = false): string | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		// Report dates repeat on every row: remember the last valid value of each column.
		if (raw === this.lastDateRaw[i]) return this.lastDate[i];
		const d = parseDate(raw, (this.orders[i] ??= decideDateOrder(this.sampleColumn(i, raw))));
		if (d !== undefined) {
			this.lastDateRaw[i] = raw;
			this.lastDate[i] = d;
			return d;
		}
		return lenient ? null : (this.invalid(i, raw, 'date') ?? null);
	}

	bool(cells: readonly string[], i: number): boolean | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const b = parseBoolean(raw);
		return b === undefined ? (this.invalid(i, raw, 'boolean') ?? null) : b;
	}

	seconds(cells: readonly string[], i: number): number | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const s = parseDurationSeconds(raw);
		return s === undefined ? (this.invalid(i, raw, 'duration') ?? null) : s;
	}

	bytes(cells: readonly string[], i: number): number | Unlimited | null {
		if (i < 0) return null;
		const raw = cells[i] ?? '';
		const b = parseBytes(raw);
		return b === undefined ? (this.invalid(i, raw, 'size') ?? null) : b;
	}
}

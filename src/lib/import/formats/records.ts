/**
 * Shared record builders: pseudonymous agent keys, activity windows, stable keys and licence defaults.
 */
import { trimCell, UNLIMITED, type Unlimited } from '../normalise';
import { addDays } from '../normalise-dates';
import type { LicenceRecord } from '../types';
import type { MapperEnv } from './profile';

/** Microsoft's concealed names: 32 upper-case hexadecimal characters, no `@`. */
export function isConcealedId(v: string): boolean {
	if (v.length !== 32) return false;
	for (let i = 0; i < 32; i++) {
		const c = v.charCodeAt(i);
		if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) return false;
	}
	return true;
}

/**
 * Reads the agent identifier at column `i` and returns its keyed pseudonym (never the identifier itself):
 * the UPN or e-mail lower-cased and trimmed, or the concealed hash as written. An empty cell is a row error
 * whose message never repeats the value.
 */
export function readAgentKey(env: MapperEnv, cells: readonly string[], i: number): string | null {
	const raw = i >= 0 ? cells[i] : undefined;
	const v = raw === undefined ? '' : trimCell(raw);
	if (v === '') {
		if (i >= 0) env.read.fail(i, 'missing-agent', 'l’identifiant de l’agent est vide.');
		else env.read.failed = true;
		return null;
	}
	if (isConcealedId(v)) {
		env.state.concealedIds++;
		return env.ctx.pseudonymise(v);
	}
	env.state.clearIds++;
	return env.ctx.pseudonymise(v.toLowerCase());
}

/**
 * Activity test of usage reports: active when the last activity date falls within the report period,
 * i.e. lastActivity ≥ reportDate − (periodDays − 1). The window start is cached per (date, period) pair
 * because a report has a single refresh date. Also notes the period on the file's state.
 */
export function createActivityWindow(env: MapperEnv, defaultPeriodDays: number) {
	let lastDate: string | null = null;
	let lastPeriod: number | null = null;
	let start: string | null = null;
	return (reportDate: string | null, periodDays: number | null, lastActivity: string | null): boolean => {
		if (reportDate === null) return lastActivity !== null;
		if (reportDate !== lastDate || periodDays !== lastPeriod) {
			lastDate = reportDate;
			lastPeriod = periodDays;
			start = addDays(reportDate, 1 - (periodDays ?? defaultPeriodDays));
			env.state.notePeriod(start, reportDate);
		}
		return lastActivity !== null && start !== null && lastActivity >= start && lastActivity <= reportDate;
	};
}

/** Splits a multi-valued cell (`A+B`, `A,B`, `A<br>B`, line breaks) into trimmed, non-empty values. */
export function splitValues(v: string | null, separator: RegExp): string[] {
	if (v === null) return [];
	return v
		.split(separator)
		.map((s) => trimCell(s))
		.filter((s) => s !== '');
}

/** Seats or licences from a count that may be "Illimité": the number, and whether it is unlimited. */
export function splitUnlimited(n: number | Unlimited | null): { value: number | null; unlimited: boolean } {
	return n === UNLIMITED ? { value: null, unlimited: true } : { value: n, unlimited: false };
}

type LicenceFields = Omit<LicenceRecord, 'kind'>;
const LICENCE_DEFAULTS: Omit<LicenceFields, 'key' | 'line' | 'productName'> = {
	vendor: null,
	sku: null,
	seats: null,
	seatsAssigned: null,
	unitPriceCents: null,
	amountExclTaxCents: null,
	taxCents: null,
	amountInclTaxCents: null,
	billingPeriod: null,
	date: null,
	termStart: null,
	termEnd: null,
	service: null,
	account: null,
	supplier: null,
	reference: null,
	excluded: false,
	status: null
};

/** A licence record with every field not given set to null (and excluded false). */
export function createLicenceRecord(
	fields: Pick<LicenceFields, 'key' | 'line' | 'productName'> & Partial<LicenceFields>
): LicenceRecord {
	return { kind: 'licence', ...LICENCE_DEFAULTS, ...fields };
}

/** Stable key from parts: `|`-joined, null as empty, so a re-import of the same row finds the same key. */
export function joinKey(...parts: readonly (string | number | null)[]): string {
	return parts.map((p) => (p === null ? '' : String(p))).join('|');
}

/** Billing period implied by a term: ~1 month monthly, ~1 year annual, longer multi-year. */
export function inferBillingPeriod(
	termStart: string | null,
	termEnd: string | null
): LicenceRecord['billingPeriod'] {
	if (termStart === null || termEnd === null || termEnd < termStart) return null;
	const days = (Date.parse(termEnd) - Date.parse(termStart)) / 86400000 + 1;
	if (days <= 35) return 'monthly';
	if (days <= 380) return 'annual';
	return 'multi-year';
}

/**
 * Makes keys unique inside one file without depending on line numbers: the n-th repetition of the same key
 * gets `#n` (two identical invoice lines stay two records, and a re-import yields the same keys).
 */
export function createKeyDeduper(): (key: string) => string {
	const seen = new Map<string, number>();
	return (key) => {
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		return n === 1 ? key : `${key}#${n}`;
	};
}

const ACCOUNT_TOKEN = /^[1-7]\d{1,7}$/;

/**
 * Accounting account from an imputation cell: `6156` stays; `011/6156/020`, `65/6512/020` or `6156-020`
 * give the longest token of 2–8 digits starting with a class digit 1–7 (chapters are shorter, functions
 * and chapters like `011` start with 0).
 */
export function extractAccount(v: string | null): string | null {
	if (v === null) return null;
	// "6156 020" is an account and a function, not account 6156020: spaces join only a split number ("6 156").
	const compact = v.replace(/\s+/g, '');
	if (ACCOUNT_TOKEN.test(compact) && !/\d{3,}\s+\d{3}/.test(v.trim())) return compact;
	let best: string | null = null;
	for (const token of v.split(/[^0-9A-Za-z]+/)) {
		if (ACCOUNT_TOKEN.test(token) && (best === null || token.length > best.length)) best = token;
	}
	return best ?? compact;
}

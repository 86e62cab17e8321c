/**
 * Usage records in columns, for the trip from the thread that reads a file to the thread that writes it.
 * A million objects cloned between threads would cost more than parsing them: here numbers travel in typed
 * arrays (transferred, not copied), repeated strings (products, services, dates) once per batch in a small
 * dictionary, and the identifiers as one string, which goes on as it is to the pseudonymisation worker.
 */
import type { UsageRecord } from './types';

/** Separator of the identifiers: never inside one (the import refuses files holding NUL bytes). */
export const ID_SEPARATOR = '\u0000';

export interface UsageBatch {
	size: number;
	/** The raw identifiers, joined by ID_SEPARATOR: they exist only in memory, until pseudonymised. */
	identifiers: string;
	/** Every distinct string value of the batch (index 0 is null). */
	strings: (string | null)[];
	/** Per row, the index in `strings` of: product, service, report date, last activity date. */
	product: Uint16Array;
	service: Uint16Array;
	reportDate: Uint16Array;
	lastActivityDate: Uint16Array;
	/** NaN for null. */
	periodDays: Float64Array;
	activityCount: Float64Array;
	active: Uint8Array;
	/** 0, 1, or NULL_FLAG. */
	licensed: Uint8Array;
}

export const NULL_FLAG = 2;

/** One row of a batch, as the writer reads it (the agent key is the pseudonym computed for that row). */
export type UsageRow = Omit<UsageRecord, 'kind' | 'line'>;

export interface UsageBatchBuilder {
	add(r: UsageRecord): void;
	readonly size: number;
	/** The batch so far, and a fresh builder state; `transfer` lists the buffers postMessage may move. */
	take(): { batch: UsageBatch; transfer: ArrayBuffer[] };
}

export function createUsageBatchBuilder(capacity: number): UsageBatchBuilder {
	let ids: string[] = [];
	let strings: (string | null)[] = [null];
	let index = new Map<string, number>();
	let cols = allocate(capacity);
	const intern = (s: string | null): number => {
		if (s === null) return 0;
		let i = index.get(s);
		if (i === undefined) {
			i = strings.length;
			strings.push(s);
			index.set(s, i);
		}
		return i;
	};
	return {
		add(r) {
			const n = ids.length;
			if (n === capacity) throw new RangeError('lot d’usages plein');
			ids.push(r.agentKey);
			cols.product[n] = intern(r.productName);
			cols.service[n] = intern(r.service);
			cols.reportDate[n] = intern(r.reportDate);
			cols.lastActivityDate[n] = intern(r.lastActivityDate);
			cols.periodDays[n] = r.periodDays ?? NaN;
			cols.activityCount[n] = r.activityCount ?? NaN;
			cols.active[n] = r.active ? 1 : 0;
			cols.licensed[n] = r.licensed === null ? NULL_FLAG : r.licensed ? 1 : 0;
		},
		get size() {
			return ids.length;
		},
		take() {
			const n = ids.length;
			const batch: UsageBatch = {
				size: n,
				identifiers: ids.join(ID_SEPARATOR),
				strings,
				product: cols.product.subarray(0, n),
				service: cols.service.subarray(0, n),
				reportDate: cols.reportDate.subarray(0, n),
				lastActivityDate: cols.lastActivityDate.subarray(0, n),
				periodDays: cols.periodDays.subarray(0, n),
				activityCount: cols.activityCount.subarray(0, n),
				active: cols.active.subarray(0, n),
				licensed: cols.licensed.subarray(0, n)
			};
			const transfer = Object.values(cols).map((a) => a.buffer as ArrayBuffer);
			ids = [];
			strings = [null];
			index = new Map();
			cols = allocate(capacity);
			return { batch, transfer };
		}
	};
}

/** At most 4 distinct strings per row: a batch of up to 16 383 rows can never overflow its Uint16 indexes. */
export const MAX_BATCH_ROWS = 16383;

function allocate(capacity: number) {
	if (capacity > MAX_BATCH_ROWS) throw new RangeError(`lot trop grand : ${capacity}`);
	return {
		product: new Uint16Array(capacity),
		service: new Uint16Array(capacity),
		reportDate: new Uint16Array(capacity),
		lastActivityDate: new Uint16Array(capacity),
		periodDays: new Float64Array(capacity),
		activityCount: new Float64Array(capacity),
		active: new Uint8Array(capacity),
		licensed: new Uint8Array(capacity)
	};
}

/** A number column's value (NaN stands for null). */
export function numberAt(column: Float64Array, i: number): number | null {
	const v = column[i];
	return Number.isNaN(v) ? null : v;
}

/** The licensed column's value as SQLite stores it: 1, 0 or null. */
export function licensedAt(b: UsageBatch, i: number): 0 | 1 | null {
	const v = b.licensed[i];
	return v === NULL_FLAG ? null : v === 1 ? 1 : 0;
}

/** Row i of a batch, with its pseudonymised agent key (the writer reads the columns directly instead). */
export function usageRow(b: UsageBatch, i: number, agentKey: string): UsageRow {
	const licensed = licensedAt(b, i);
	return {
		agentKey,
		productName: b.strings[b.product[i]] as string,
		service: b.strings[b.service[i]],
		reportDate: b.strings[b.reportDate[i]],
		lastActivityDate: b.strings[b.lastActivityDate[i]],
		periodDays: numberAt(b.periodDays, i),
		activityCount: numberAt(b.activityCount, i),
		active: b.active[i] === 1,
		licensed: licensed === null ? null : licensed === 1
	};
}

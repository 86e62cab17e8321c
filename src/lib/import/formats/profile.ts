/**
 * What a format profile is: the header fields it knows (each with its synonyms, as normalised match keys),
 * the signature that recognises it, and a factory for its per-row mapper. Column indices are resolved once,
 * when the header is known; the mapper then only indexes arrays.
 */
import { toMatchKey } from '../header';
import type { FieldReader } from '../reader';
import type { FormatId, ImportContext, ImportRecord } from '../types';

export type FormatCategory = 'usage' | 'licences' | 'spend' | 'inventory' | 'budget';

/** Mutable state shared by a file's rows: period covered, concealed identifiers, context between tables. */
export interface ProcessState {
	concealedIds: number;
	clearIds: number;
	periodFrom: string | null;
	periodTo: string | null;
	/** Values carried from one row to the next (e.g. Zoom's meeting id from the first table). */
	carry: Map<string, string | null>;
	notePeriod(from: string, to: string): void;
	/** Adds a warning once per code (file-level remarks, never per row). */
	warnOnce(code: string, message: string): void;
	/** Adds a file-level error once per code (e.g. a custom mapping without its product column). */
	errorOnce(code: string, message: string): void;
}

export interface MapperEnv<F extends string = string> {
	format: FormatId;
	read: FieldReader;
	/** Column index of each field in the current header, -1 when absent. */
	cols: Readonly<Record<F, number>>;
	/** Index of the table being read (Zoom files hold two tables). */
	table: number;
	ctx: ImportContext;
	state: ProcessState;
}

/** Maps one data row to zero or more records, appending them to `out`; reports problems through `read`. */
export type RowMapper = (cells: string[], line: number, out: ImportRecord[]) => void;

export interface FormatProfile<F extends string = string> {
	id: FormatId;
	/** French label shown to the user, e.g. 'Microsoft 365 — utilisation des applications'. */
	label: string;
	category: FormatCategory;
	/** Field → synonyms (normalised match keys, see toMatchKey). */
	fields: Readonly<Record<F, readonly string[]>>;
	/**
	 * Required fields of each header signature the profile accepts (any one recognises the format; the mapper
	 * learns which through env.table).
	 */
	tables: readonly (readonly NoInfer<F>[])[];
	/** True when one file holds several tables one after the other (Zoom): a row matching another table's signature opens it. */
	multiTable?: boolean;
	/**
	 * Written by a program, never laid out by hand (Microsoft 365, Google, GLPI, DECP…): no title, total or
	 * footer lines to look for among its rows, so none of its records can be mistaken for one. A row that
	 * fails is still checked for a total added by hand (see lenientLineClass).
	 */
	machineWritten?: boolean;
	/**
	 * Every data row carries its own identifier (a mandat number): a row that maps is data whatever its label
	 * says ("Total des licences bureautiques"); only a total-looking row that fails is skipped as a total.
	 */
	identifiedRows?: boolean;
	createMapper(env: MapperEnv<F>): RowMapper;
}

/** Identity helper that checks a profile against its own field names, then widens it for the registry. */
export function defineProfile<F extends string>(profile: FormatProfile<F>): FormatProfile {
	return profile as unknown as FormatProfile;
}

/** Index of each header match key (first occurrence wins). */
export function indexHeader(header: readonly string[]): Map<string, number> {
	const index = new Map<string, number>();
	header.forEach((h, i) => {
		const key = toMatchKey(h);
		if (key !== '' && !index.has(key)) index.set(key, i);
	});
	return index;
}

/** Resolves every field of a profile to a column index (-1 when absent), trying synonyms in order. */
export function resolveColumns(
	fields: Readonly<Record<string, readonly string[]>>,
	index: Map<string, number>
): Record<string, number> {
	const cols: Record<string, number> = {};
	for (const [field, synonyms] of Object.entries(fields)) {
		cols[field] = -1;
		for (const s of synonyms) {
			const i = index.get(s);
			if (i !== undefined) {
				cols[field] = i;
				break;
			}
		}
	}
	return cols;
}

/**
 * Columns that compete with a read one for its field (same match key: "TVA 5,5 %" and "TVA 20 %", or
 * "Montant HT" and "Montant HT (€)"), as groups of header names, the read one first. Only the first is read.
 */
export function competingColumns(
	header: readonly string[],
	cols: Readonly<Record<string, number>>
): string[][] {
	const keys = header.map(toMatchKey);
	const groups: string[][] = [];
	for (const i of new Set(Object.values(cols))) {
		if (i < 0 || keys[i] === '') continue;
		const others = keys.flatMap((k, j) => (j !== i && k === keys[i] ? [header[j].trim()] : []));
		if (others.length > 0) groups.push([header[i].trim(), ...others]);
	}
	return groups;
}

/**
 * How well a header fits a profile: for the best-fitting table whose required fields are all present,
 * the number of distinct columns the profile recognises; 0 when no table fits.
 */
export function scoreHeader(
	profile: FormatProfile,
	index: Map<string, number>
): { score: number; table: number } {
	const cols = resolveColumns(profile.fields, index);
	const claimed = new Set(Object.values(cols).filter((i) => i >= 0)).size;
	let best = { score: 0, table: 0 };
	profile.tables.forEach((required, table) => {
		if (required.every((f) => cols[f] >= 0) && claimed > best.score) best = { score: claimed, table };
	});
	return best;
}

/**
 * The row processor: classifies each physical record (data, blank, separators, total, footer, another
 * table's header), maps data rows to records through the format's mapper and collects French issues.
 * A row with an error yields no record; processing always continues; nothing here throws on bad data.
 */
import { classifyLine, lenientLineClass } from './classify';
import {
	competingColumns,
	indexHeader,
	resolveColumns,
	scoreHeader,
	type FormatProfile,
	type RowMapper
} from './formats/profile';
import { trimHeader } from './header';
import { isCustomMapping, profileFromMapping, type CustomMapping } from './mapping';
import { FieldReader } from './reader';
import { createBookkeeping, MAX_ERRORS } from './state';
import type { ImportContext, ImportIssue, ImportRecord, SkippedLine } from './types';

export interface ProcessSummary {
	/** Data rows accepted (rows with an error and skipped lines excluded). */
	rows: number;
	/** Data rows rejected because of an error. */
	errorRows: number;
	skipped: SkippedLine[];
	errors: ImportIssue[];
	warnings: ImportIssue[];
	/** Dates covered by the file (report window, invoice dates, budget years), null when none. */
	period: { from: string; to: string } | null;
	/** Microsoft concealed names: every identifier is a 32-hex hash. */
	concealedNames: boolean;
}

export interface RowProcessor {
	/** Feed one physical record with its 1-based line number; returns the records it produced. Never throws on bad data. */
	push(cells: string[], line: number): ImportRecord[];
	finish(): ProcessSummary;
}

export interface RowProcessorOptions {
	format: FormatProfile | CustomMapping;
	header: string[];
	/** 1-based line of the header: records pushed at or above it are ignored. */
	headerLine: number;
	/** First data rows (up to ~200): each column's date and number conventions are decided from them. */
	sampleRows: string[][];
	ctx: ImportContext;
}

const CONCEALED_WARNING =
	'Les noms des utilisateurs sont masqués dans ce rapport Microsoft 365 (identifiants remplacés par des codes). ' +
	'Les lignes sont importées sous pseudonyme et les indicateurs globaux restent valables, mais elles ne peuvent pas ' +
	'être rapprochées des licences par agent. Pour un suivi par agent, un administrateur peut décocher « Afficher les ' +
	'noms d’utilisateurs, de groupes et de sites masqués dans tous les rapports » (centre d’administration Microsoft 365 : ' +
	'Paramètres > Paramètres de l’organisation > Services > Rapports), puis relancer l’export.';

interface OpenTable {
	header: string[];
	width: number;
	read: FieldReader;
	map: RowMapper;
}

/** The table of `profile` that `cells` opens, or -1 when the row is not one of its headers. */
function matchTable(profile: FormatProfile, cells: readonly string[]): number {
	if (profile.multiTable !== true || cells.length < 2) return -1;
	const { score, table } = scoreHeader(profile, indexHeader(cells));
	return score > 0 ? table : -1;
}

/**
 * Creates the processor for one file. Column indices, per-column date and number conventions and the
 * mapper are resolved here, once; push() then only classifies and maps.
 */
export function createRowProcessor(opts: RowProcessorOptions): RowProcessor {
	const profile = isCustomMapping(opts.format) ? profileFromMapping(opts.format) : opts.format;
	const book = createBookkeeping();
	const { state } = book;
	let rows = 0;
	let errorRows = 0;

	const open = (header: string[], table: number, sample: string[][]): OpenTable => {
		const read = new FieldReader(header, sample, book.sink);
		const cols = resolveColumns(profile.fields, indexHeader(header));
		for (const [kept, ...ignored] of competingColumns(header, cols))
			state.warnOnce(
				`competing-columns:${kept}`,
				`Les colonnes « ${kept} » et « ${ignored.join(' », « ')} » désignent la même donnée : seule la première est lue. Renommez ou fusionnez les autres colonnes si elles comptent aussi.`
			);
		const map = profile.createMapper({ format: profile.id, read, cols, table, ctx: opts.ctx, state });
		return { header, width: Math.max(1, trimHeader(header).length), read, map };
	};
	// Zoom: the first table's sample stops where the second table's header starts.
	const cut = opts.sampleRows.findIndex((r) => matchTable(profile, r) >= 0);
	const firstSample = cut >= 0 ? opts.sampleRows.slice(0, cut) : opts.sampleRows;
	let current = open(opts.header, scoreHeader(profile, indexHeader(opts.header)).table, firstSample);

	const switchTable = (cells: string[], table: number): void => {
		const at = opts.sampleRows.findIndex((r) => matchTable(profile, r) === table);
		current = open(cells, table, at >= 0 ? opts.sampleRows.slice(at + 1) : []);
	};

	return {
		push(cells, line) {
			// The header and the title lines above it are the caller's business: ignore them if they are pushed.
			if (line <= opts.headerLine) return [];
			const kind = classifyLine(cells, current.width, profile.machineWritten !== true);
			// A total-looking row of a file whose rows carry their own number is tried as data first.
			const maybeTotal = kind === 'total' && profile.identifiedRows === true;
			if (kind !== 'data' && !maybeTotal) {
				book.skip(line, kind);
				return [];
			}
			const h = current.header;
			if (cells[0] === h[0] && h[0] !== '' && cells.length > 1 && cells[1] === h[1]) {
				book.skip(line, 'table-header');
				return [];
			}
			const table = matchTable(profile, cells);
			if (table >= 0) {
				switchTable(cells, table);
				book.skip(line, 'table-header');
				return [];
			}
			const out: ImportRecord[] = [];
			const read = current.read;
			read.line = line;
			read.failed = false;
			const errorsBefore = book.counts.errors;
			try {
				current.map(cells, line, out);
			} catch {
				read.fail(-1, 'internal-error', 'ligne illisible, ignorée (erreur interne du lecteur).');
			}
			if (read.failed) {
				// A total or footer the patterns did not know ("Total Maintenance", a bare sum): skipped, not an error.
				const lenient = maybeTotal ? 'total' : lenientLineClass(cells, current.width);
				if (lenient) {
					book.forgetErrorsSince(errorsBefore);
					book.skip(line, lenient);
					return [];
				}
				errorRows++;
				return [];
			}
			rows++;
			return out;
		},
		finish() {
			const errors = book.errors.slice();
			if (book.counts.errors > errors.length) {
				errors.push({
					line: null,
					column: null,
					code: 'too-many-errors',
					message: `… et ${book.counts.errors - MAX_ERRORS} autres erreurs, non détaillées : corrigez d’abord les premières.`
				});
			}
			const concealedNames = state.concealedIds > 0 && state.clearIds === 0;
			if (concealedNames) state.warnOnce('concealed-names', CONCEALED_WARNING);
			if (rows === 0 && errorRows === 0) {
				state.warnOnce(
					'no-data',
					'Le fichier ne contient aucune ligne de données (seulement l’en-tête) : rien à importer.'
				);
			}
			return {
				rows,
				errorRows,
				skipped: book.skipped.slice(),
				errors,
				warnings: book.warnings.slice(),
				period:
					state.periodFrom !== null && state.periodTo !== null
						? { from: state.periodFrom, to: state.periodTo }
						: null,
				concealedNames
			};
		}
	};
}

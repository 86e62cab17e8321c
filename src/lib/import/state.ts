/**
 * Per-file bookkeeping of the row processor: capped issue lists (a broken million-row file must not
 * hold a million messages), skipped lines, the period covered and file-level warnings.
 */
import type { ProcessState } from './formats/profile';
import type { IssueSink } from './reader';
import type { ImportIssue, SkippedLine, SkipReason } from './types';

/** Issues and skipped lines kept in full; beyond, only counted (a final message gives the count). */
export const MAX_ERRORS = 1000;
export const MAX_WARNINGS = 200;
export const MAX_SKIPPED = 10000;

export interface Bookkeeping {
	sink: IssueSink;
	state: ProcessState;
	errors: ImportIssue[];
	warnings: ImportIssue[];
	skipped: SkippedLine[];
	counts: { errors: number; skipped: number };
	skip(line: number, reason: SkipReason): void;
	warn(issue: ImportIssue): void;
	/** Forgets the errors recorded since counts.errors was `count` (a row found not to be data after all). */
	forgetErrorsSince(count: number): void;
}

/** Creates the issue sink, the skipped-line list and the shared state of one file. */
export function createBookkeeping(): Bookkeeping {
	const errors: ImportIssue[] = [];
	const warnings: ImportIssue[] = [];
	const skipped: SkippedLine[] = [];
	const counts = { errors: 0, skipped: 0 };
	const warnedCodes = new Set<string>();
	const warn = (issue: ImportIssue): void => {
		if (warnings.length < MAX_WARNINGS) warnings.push(issue);
	};
	const sink: IssueSink = {
		error(issue) {
			counts.errors++;
			if (errors.length < MAX_ERRORS) errors.push(issue);
		},
		warnOnce: (code, message) => state.warnOnce(code, message)
	};
	const state: ProcessState = {
		concealedIds: 0,
		clearIds: 0,
		periodFrom: null,
		periodTo: null,
		carry: new Map(),
		notePeriod(from, to) {
			if (state.periodFrom === null || from < state.periodFrom) state.periodFrom = from;
			if (state.periodTo === null || to > state.periodTo) state.periodTo = to;
		},
		warnOnce(code, message) {
			if (warnedCodes.has(code)) return;
			warnedCodes.add(code);
			warn({ line: null, column: null, code, message });
		},
		errorOnce(code, message) {
			if (warnedCodes.has(code)) return;
			warnedCodes.add(code);
			sink.error({ line: null, column: null, code, message });
		}
	};
	return {
		sink,
		state,
		errors,
		warnings,
		skipped,
		counts,
		skip(line, reason) {
			counts.skipped++;
			if (skipped.length < MAX_SKIPPED) skipped.push({ line, reason });
		},
		warn,
		forgetErrorsSince(count) {
			counts.errors = count;
			errors.length = Math.min(errors.length, count);
		}
	};
}

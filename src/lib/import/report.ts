/** What an import (or its dry run) tells the user, the CLI and the tests: shared by server and browser. */
import type { CustomMapping } from './index';
import type { Encoding, ImportIssue, SkippedLine } from './types';

export type UpsertCounts = { new: number; updated: number; unchanged: number };

export type ImportStatus = 'imported' | 'dry-run' | 'duplicate' | 'rejected' | 'needs-mapping';

export interface ImportReport {
	file: string;
	format: string | null;
	formatLabel: string | null;
	encoding: Encoding | null;
	delimiter: string | null;
	headerLine: number | null;
	header: string[];
	rows: number;
	skipped: SkippedLine[];
	errors: ImportIssue[];
	warnings: ImportIssue[];
	status: ImportStatus;
	counts: UpsertCounts;
	importId: number | null;
	/** The earlier import of the same bytes, for a duplicate. */
	duplicateOf: { id: number; importedAt: string } | null;
	period: { from: string; to: string } | null;
	concealedNames: boolean;
	/** First data rows as recognised, for the preview. */
	preview: string[][];
	mapping: CustomMapping | null;
}

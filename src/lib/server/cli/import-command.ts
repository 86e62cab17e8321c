import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { countWith, getMessages } from '../../i18n';
import type { Runtime } from '../runtime';
import { importDepsOf } from '../services/import-deps';
import { importFile, type ImportReport } from '../services/import-file';
import { parseCommandArgs, resolveOrg, UsageError } from './common';

// The CLI speaks French, with the web page's words for the same counts.
const t = getMessages('fr').imports;

const USAGE = 'usage : cap-libre import <fichier.csv>… [--org <id|slug>] [--dry-run] [--json]';

/** The JSON line printed per file by `cap-libre import --json`. */
export function toJsonLine(r: ImportReport) {
	return {
		file: r.file,
		format: r.format,
		encoding: r.encoding,
		delimiter: r.delimiter,
		headerLine: r.headerLine,
		rows: r.rows,
		skipped: r.skipped,
		errors: r.errors,
		warnings: r.warnings,
		status: r.status === 'needs-mapping' ? 'rejected' : r.status,
		counts: r.counts,
		duplicateOf: r.duplicateOf
	};
}

function describe(r: ImportReport): string {
	const head = `${r.file} : `;
	switch (r.status) {
		case 'imported':
		case 'dry-run':
			return (
				head +
				`${r.status === 'dry-run' ? 'analysé (rien enregistré)' : 'importé'} — ${r.formatLabel}, ` +
				`${countWith(r.rows, t.lineCount)} (${t.records} : ${countWith(r.counts.new, t.newRows)}, ` +
				`${countWith(r.counts.updated, t.updatedRows)}, ${countWith(r.counts.unchanged, t.unchangedRows)}), ` +
				`${countWith(r.skipped.length, ['ligne ignorée', 'lignes ignorées'])}` +
				r.warnings.map((w) => `\n  avertissement : ${w.message}`).join('')
			);
		case 'duplicate':
			return (
				head + `déjà importé le ${r.duplicateOf?.importedAt.slice(0, 10)} (import n° ${r.duplicateOf?.id}).`
			);
		default:
			return head + 'refusé\n' + r.errors.map((e) => `  ${e.message}`).join('\n');
	}
}

/** On a terminal, "fichier.csv : 42 %" on stderr while a file is read; nothing when stderr is redirected. */
function progressLine(name: string): { update(read: number, total: number): void; clear(): void } | null {
	if (!process.stderr.isTTY) return null;
	let shown = -1;
	return {
		update(read, total) {
			const percent = total > 0 ? Math.floor((read / total) * 100) : 0;
			if (percent === shown) return;
			shown = percent;
			process.stderr.write(`\r${name} : ${percent} %`);
		},
		clear() {
			if (shown >= 0) process.stderr.write('\r\x1b[2K');
		}
	};
}

/** `cap-libre import <file>… [--org] [--dry-run] [--json]`: 0 all accepted, 1 any rejected, 2 usage error. */
export async function runImport(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const parsed = parseCommandArgs(USAGE, {
		args,
		allowPositionals: true,
		options: { org: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }
	});
	const files = parsed.positionals;
	if (files.length === 0) throw new UsageError(`indiquez au moins un fichier.\n${USAGE}`);
	for (const f of files) {
		if (!existsSync(f) || !statSync(f).isFile()) throw new UsageError(`fichier introuvable : ${f}`);
	}
	const runtime = openRuntime();
	const org = resolveOrg(runtime, parsed.values.org);
	let rejected = false;
	for (const path of files) {
		const progress = progressLine(basename(path));
		const report = await importFile(importDepsOf(runtime), {
			orgId: org.id,
			path,
			actor: 'cli',
			dryRun: parsed.values['dry-run'],
			onProgress: progress?.update
		});
		progress?.clear();
		if (report.status === 'rejected' || report.status === 'needs-mapping') rejected = true;
		if (parsed.values.json) process.stdout.write(JSON.stringify(toJsonLine(report)) + '\n');
		else console.log(describe(report));
	}
	return rejected ? 1 : 0;
}

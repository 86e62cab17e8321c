/**
 * The `cap-libre` command as a user runs it, in a data directory of its own (tests of the CLI commands).
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'cap-libre.mjs');

export interface CliDataDir {
	dir: string;
	run(...args: string[]): SpawnSyncReturns<string>;
	remove(): void;
}

/** A fresh data directory, with the demo commune loaded by `cap-libre demo` when asked. */
export function createCliDataDir(name: string, options: { demo: boolean }): CliDataDir {
	const dir = mkdtempSync(join(tmpdir(), `cap-libre-${name}-`));
	const env = { ...process.env, CAP_LIBRE_DATA_DIR: dir };
	if (options.demo) execFileSync(process.execPath, [BIN, 'demo'], { cwd: ROOT, env, timeout: 120_000 });
	return {
		dir,
		run: (...args) =>
			spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 }),
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}

/**
 * Import benchmark (issue "CSV import"): a 1,000,000-row Microsoft 365 Apps usage file from gen-usage.mjs,
 * (a) parsed by papaparse alone, (b) imported by `cap-libre import` into a fresh database, pseudonymisation
 * included. Both run as separate processes, timed wall-clock from start to exit. Figures: import_1m_ratio = b / a
 * (target ≤ 2.0) and import_1m_peak_rss_mb, the peak RSS of (b) (target ≤ 300).
 * For context, (c) import-floor.mjs: the bare minimum of such an import (papaparse, HMAC, appends into the real
 * schema, three threads, nothing else); import_1m_floor_ratio = c / a is what this machine allows at best.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, round, type Figure } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);

function timeProcess(
	args: string[],
	env: NodeJS.ProcessEnv = process.env
): Promise<{ ms: number; rssMb: number; out: string }> {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.mjs'), ...args], {
			cwd: ROOT,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		child.on('exit', (code) => {
			const ms = performance.now() - t0;
			const rss = /peak-rss-mb=([\d.]+)/.exec(err);
			if (code !== 0 || !rss) reject(new Error(`${args.join(' ')} : code ${code}\n${err}`));
			else resolve({ ms, rssMb: Number(rss[1]), out });
		});
	});
}

export async function run(): Promise<Record<string, Figure>> {
	mkdirSync(OUT, { recursive: true });
	const file = join(OUT, `usage-${ROWS}.csv`);
	if (!existsSync(file)) {
		execFileSync(process.execPath, [
			join(ROOT, 'bench', 'gen-usage.mjs'),
			String(ROWS),
			'--seed',
			'7',
			'--out',
			file
		]);
	}
	const baseline: number[] = [];
	const floor: number[] = [];
	const imports: { ms: number; rssMb: number }[] = [];
	for (let i = 0; i < 2; i++) {
		baseline.push((await timeProcess([join(ROOT, 'bench', 'papaparse-baseline.mjs'), file])).ms);
		floor.push((await timeProcess([join(ROOT, 'bench', 'import-floor.mjs'), file])).ms);
		const dataDir = mkdtempSync(join(tmpdir(), 'cap-libre-bench-'));
		const env = { ...process.env, CAP_LIBRE_DATA_DIR: dataDir, CAP_LIBRE_DEMO: '0' };
		try {
			execFileSync(
				process.execPath,
				[join(ROOT, 'bin', 'cap-libre.mjs'), 'org', 'add', 'Commune de mesure'],
				{ env }
			);
			const r = await timeProcess([join(ROOT, 'bin', 'cap-libre.mjs'), 'import', file, '--json'], env);
			const line = JSON.parse(r.out.trim().split('\n').pop() ?? '{}');
			if (line.status !== 'imported' || line.rows !== ROWS) throw new Error(`import inattendu : ${r.out}`);
			imports.push(r);
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	const a = median(baseline);
	const b = median(imports.map((r) => r.ms));
	const ratio = round(b / a);
	const c = median(floor);
	const rss = round(Math.max(...imports.map((r) => r.rssMb)), 1);
	return {
		import_1m_papaparse_ms: { value: round(a, 0) },
		import_1m_import_ms: { value: round(b, 0) },
		import_1m_floor_ms: { value: round(c, 0) },
		import_1m_floor_ratio: { value: round(c / a) },
		import_1m_ratio: { value: ratio, target: '≤ 2.0', ok: ratio <= 2 },
		import_1m_peak_rss_mb: { value: rss, target: '≤ 300', ok: rss <= 300 }
	};
}

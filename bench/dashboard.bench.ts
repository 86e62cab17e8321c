/**
 * Dashboard speed on a large commune (issue 7): server response time of `/` — hooks, load function and
 * render, over real HTTP with the elected official's session — on the demo commune and on a database of
 * 1,000,000 usage rows and 10,000 licence lines, median of 30 GETs after 5 warm-up ones each. The dashboard
 * reads pre-computed aggregates only and memoises its figures until the data changes, so the ratio should
 * stay near 1 (target ≤ 1.5). The "cold" figures time the first view after a data change (median of 9, the
 * data version moved before each GET), when every figure is recomputed from the aggregates and licence
 * lines. Also reports the page's first-load JavaScript, gzip (target ≤ 150 KB).
 *
 * The app is built once (under the shared build lock) and copied, so another build cannot swap files under
 * the running servers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	createDataTouch,
	createSessionCookie,
	createTimedGet,
	measureFirstLoadJs,
	startApp
} from './dashboard-http';
import { growDatabase, LICENCE_LINES, USAGE_ROWS } from './dashboard-fixture';
import { median, round, type Figure } from './helpers';

const ROOT = join(import.meta.dirname, '..');
const BUILD_LOCK = '/tmp/cap-libre-build.lock';
const RATIO_TARGET = 1.5;
const JS_TARGET_KB = 150;
const RUNS = 40;
const WARMUP = 5;
const COLD_RUNS = 9;
/** The demo organisation: the first one of a fresh data directory. */
const ORG_ID = 1;
const ELECTED = 'elu@demo.cap-libre.fr';

function buildApp(workDir: string): string {
	const buildDir = join(workDir, 'build');
	execFileSync('flock', [BUILD_LOCK, 'sh', '-c', `npx vite build >/dev/null && cp -r build "${buildDir}"`], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	// adapter-node leaves dependencies external: the copy resolves them from the project's node_modules.
	symlinkSync(join(ROOT, 'node_modules'), join(buildDir, 'node_modules'));
	return buildDir;
}

function loadDemo(dataDir: string): void {
	execFileSync(process.execPath, [join(ROOT, 'bin', 'cap-libre.mjs'), 'demo'], {
		cwd: ROOT,
		env: { ...process.env, CAP_LIBRE_DATA_DIR: dataDir },
		stdio: 'ignore'
	});
}

interface Target {
	get: () => Promise<number>;
	touch: () => void;
	warm: number[];
	cold: number[];
	close: () => Promise<void>;
}

async function openTarget(
	buildDir: string,
	dataDir: string
): Promise<Target & { baseUrl: string; cookie: string }> {
	const app = await startApp(buildDir, dataDir, ROOT);
	const database = join(dataDir, 'cap-libre.db');
	const data = createDataTouch(database, ORG_ID);
	const cookie = createSessionCookie(database, ELECTED);
	return {
		baseUrl: app.baseUrl,
		cookie,
		get: createTimedGet(app.baseUrl, '/', cookie),
		touch: data.touch,
		warm: [],
		cold: [],
		close: async () => {
			data.close();
			await app.stop();
		}
	};
}

/**
 * Both servers run side by side and the GETs alternate between them (the order flipping each round), so a
 * slower moment of the shared machine weighs on both figures alike.
 */
async function measure(targets: Target[]): Promise<void> {
	for (let i = 0; i < WARMUP; i++) for (const t of targets) await t.get();
	for (let i = 0; i < RUNS; i++)
		for (const t of i % 2 ? [...targets].reverse() : targets) t.warm.push(await t.get());
	for (let i = 0; i < COLD_RUNS; i++)
		for (const t of i % 2 ? [...targets].reverse() : targets) {
			t.touch();
			t.cold.push(await t.get());
		}
}

export async function run(): Promise<Record<string, Figure>> {
	const work = mkdtempSync(join(tmpdir(), 'cap-libre-bench-dashboard-'));
	try {
		const buildDir = buildApp(work);
		const demoDir = join(work, 'demo');
		const largeDir = join(work, 'large');
		loadDemo(demoDir);
		cpSync(demoDir, largeDir, { recursive: true });
		const t0 = Date.now();
		const grown = growDatabase(join(largeDir, 'cap-libre.db'), ORG_ID);
		console.log(
			`  base de ${grown.usageRows} lignes d’usage et ${grown.licenceLines} lignes de licence construite en ${Date.now() - t0} ms`
		);
		if (grown.usageRows < USAGE_ROWS || grown.licenceLines < LICENCE_LINES)
			throw new Error('base trop petite');
		const demo = await openTarget(buildDir, demoDir);
		const large = await openTarget(buildDir, largeDir);
		try {
			await measure([demo, large]);
			const js = await measureFirstLoadJs(demo.baseUrl, '/', demo.cookie);
			const [demoMs, largeMs] = [median(demo.warm), median(large.warm)];
			const [demoCold, largeCold] = [median(demo.cold), median(large.cold)];
			console.log(`  JavaScript au premier chargement : ${js.files} fichiers`);
			return {
				dashboard_demo_ms: { value: round(demoMs) },
				dashboard_1m_ms: { value: round(largeMs) },
				dashboard_1m_ratio: {
					value: round(largeMs / demoMs),
					target: `≤ ${RATIO_TARGET}`,
					ok: largeMs / demoMs <= RATIO_TARGET
				},
				// First view after a data change (every figure recomputed): reported, not a target.
				dashboard_demo_cold_ms: { value: round(demoCold) },
				dashboard_1m_cold_ms: { value: round(largeCold) },
				dashboard_1m_cold_ratio: { value: round(largeCold / demoCold) },
				dashboard_first_load_js_gzip_kb: {
					value: round(js.kb, 1),
					target: `≤ ${JS_TARGET_KB}`,
					ok: js.kb <= JS_TARGET_KB
				}
			};
		} finally {
			await demo.close();
			await large.close();
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

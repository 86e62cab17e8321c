/**
 * HTTP side of the dashboard benchmark: the built app started on a data directory, a session cookie for
 * the demo elected official, timed GETs of `/` (load function and render), and the first-load JavaScript
 * of the page as a browser fetches it, gzip-compressed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createSession } from '../src/lib/server/auth/sessions';
import { openDb } from '../src/lib/server/db';

export interface RunningApp {
	baseUrl: string;
	stop(): Promise<void>;
}

function findFreePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port'))
			);
		});
	});
}

/** Starts `node <buildDir>` on a free port with the given data directory and waits for /healthz. */
export async function startApp(buildDir: string, dataDir: string, cwd: string): Promise<RunningApp> {
	const port = await findFreePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	let log = '';
	const server: ChildProcess = spawn(process.execPath, [buildDir], {
		cwd,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			CAP_LIBRE_DATA_DIR: dataDir
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (d) => (log += d));
	server.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error(`le serveur s’est arrêté :\n${log}`);
		if (Date.now() > deadline) throw new Error(`le serveur ne répond pas :\n${log}`);
		try {
			if ((await fetch(`${baseUrl}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		baseUrl,
		stop: async () => {
			server.kill('SIGTERM');
			await new Promise((r) => server.once('exit', r));
		}
	};
}

/** A session cookie for the user with this e-mail in its first organisation, written straight into the database. */
export function createSessionCookie(databasePath: string, email: string): string {
	const db = openDb(databasePath);
	try {
		const row = db.$client
			.prepare(
				`select u.id as userId, m.org_id as orgId from users u join memberships m on m.user_id = u.id
				 where u.email = ? order by m.org_id limit 1`
			)
			.get(email) as { userId: number; orgId: number };
		const { token } = createSession(db, row.userId, row.orgId, { idleMinutes: 600, maxHours: 12 });
		return `cap_session=${token}`;
	} finally {
		db.$client.close();
	}
}

/** A timed GET of `path` with the session cookie (full body read): resolves to milliseconds. */
export function createTimedGet(baseUrl: string, path: string, cookie: string): () => Promise<number> {
	return async () => {
		const t0 = performance.now();
		const res = await fetch(baseUrl + path, { headers: { cookie, accept: 'text/html' } });
		const body = await res.text();
		const ms = performance.now() - t0;
		if (res.status !== 200 || !body.includes('kf-annual-spend'))
			throw new Error(`GET ${path} : ${res.status}`);
		return ms;
	};
}

/**
 * Makes the organisation's data version move without changing any figure (an audit entry), so the next
 * dashboard request recomputes everything: the first view after an import.
 */
export function createDataTouch(databasePath: string, orgId: number): { touch(): void; close(): void } {
	const db = openDb(databasePath);
	const insert = db.$client.prepare(
		`insert into audit_log (org_id, actor, action, details) values (?, 'banc', 'bench.touch', '{}')`
	);
	return { touch: () => void insert.run(orgId), close: () => db.$client.close() };
}

/**
 * The JavaScript a first visit of `path` loads, recorded in Debian's chromium (playwright-core) with the
 * session cookie: every .js response until the network is idle, each counted once, gzip level 9 (what a
 * server compressing its responses would send). Returns kilobytes and the file count.
 */
export async function measureFirstLoadJs(baseUrl: string, path: string, cookie: string) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		const context = await browser.newContext();
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name, value, url: baseUrl }]);
		const page = await context.newPage();
		const sizes = new Map<string, Promise<number>>();
		page.on('response', (res) => {
			if (new URL(res.url()).pathname.endsWith('.js') && !sizes.has(res.url()))
				sizes.set(
					res.url(),
					res.body().then((body) => gzipSync(body, { level: 9 }).length)
				);
		});
		await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
		const bytes = (await Promise.all(sizes.values())).reduce((n, b) => n + b, 0);
		return { kb: bytes / 1024, files: sizes.size };
	} finally {
		await browser.close();
	}
}

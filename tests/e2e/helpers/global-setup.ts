/**
 * Starts the built app (`node build`) on a free port with a fresh data directory and the demo loaded, and
 * stops it after the run. Run `npm run build` first (npm run test:e2e does).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { OTHER_ORG_USER } from './accounts';
import { withServerDefaults } from '../../../scripts/server-env.mjs';

const root = join(import.meta.dirname, '..', '..', '..');

function freePort(): Promise<number> {
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

async function waitForHealth(baseUrl: string, server: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null)
			throw new Error(`le serveur s'est arrêté (code ${server.exitCode}) :\n${log()}`);
		try {
			const res = await fetch(`${baseUrl}/healthz`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`le serveur ne répond pas sur ${baseUrl} :\n${log()}`);
}

export default async function setup(project: TestProject) {
	if (!existsSync(join(root, 'build', 'index.js')))
		throw new Error('build/ absent : lancez « npm run build ».');
	const dataDir = mkdtempSync(join(tmpdir(), 'cap-libre-e2e-'));
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	let output = '';
	const server = spawn(process.execPath, ['build'], {
		cwd: root,
		// As `npm start` runs it (body size limit included), on a free port.
		env: withServerDefaults({
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			CAP_LIBRE_DATA_DIR: dataDir
		}),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));
	await waitForHealth(baseUrl, server, () => output);
	// A second organisation with its own finance officer: it must see nothing of the demo commune.
	const cli = (args: string[], input?: string) =>
		execFileSync(process.execPath, [join(root, 'bin', 'cap-libre.mjs'), ...args], {
			cwd: root,
			env: { ...process.env, CAP_LIBRE_DATA_DIR: dataDir },
			input
		});
	cli(['org', 'add', 'Autre-Commune']);
	cli(
		['user', 'add', '--role', 'finance', '--org', 'autre-commune', '--password-stdin', OTHER_ORG_USER.email],
		OTHER_ORG_USER.password
	);
	project.provide('baseUrl', baseUrl);
	project.provide('dataDir', dataDir);

	return async () => {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dataDir: string;
	}
}

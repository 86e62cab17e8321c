#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// The server loads the demo commune into an empty database (CAP_LIBRE_DEMO=0 to disable).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withServerDefaults } from './server-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'build', '.built-at');
const inputs = ['src', 'static', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
if (builtAt < sourcesAt) {
	console.log('Construction de l’application (npm run build)…');
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(stamp, new Date().toISOString());
}

process.chdir(root);
Object.assign(process.env, withServerDefaults(process.env));
console.log(`Cap Libre démarre sur ${process.env.ORIGIN}`);
await import(join(root, 'build', 'index.js'));

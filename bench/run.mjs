#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts, prints one table and writes bench/results.json
// (one key per figure, unit in the name). Benchmarks are not part of `npm test`.
// Usage: npm run bench [-- <name-filter>]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
	.filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
	.sort();

// A filtered run (npm run bench -- import) updates its own keys and keeps the others' last figures.
const resultsPath = join(here, 'results.json');
const results = existsSync(resultsPath) && filter ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
const rows = [];
for (const file of files) {
	console.log(`▶ ${file}`);
	const mod = await import(join(here, file));
	const figures = await mod.run();
	for (const [key, entry] of Object.entries(figures)) {
		results[key] = entry.value;
		rows.push({
			figure: key,
			value: entry.value,
			target: entry.target ?? '',
			ok: entry.ok === undefined ? '' : entry.ok ? 'oui' : 'NON'
		});
	}
}
writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
console.table(rows);
console.log(`Résultats écrits dans ${resultsPath}`);

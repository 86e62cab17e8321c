// The floor of the import benchmark: the least any import of this file must do, on the same machine, with the
// same libraries and schema as `cap-libre import` — papaparse, HMAC-SHA256 per identifier, the facts appended
// into the real usage_facts table (real migrations, its two indexes) in one transaction, on three threads.
// Nothing else: no validation, no file hash, no repeat detection, no aggregates, no TypeScript loader. It shows
// how much of import_1m_ratio is the machine's, and how much is Cap Libre's. Usage: node import-floor.mjs <csv>
import { createHmac, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const BATCH = 2048;
const IN_FLIGHT = 4;
const SEPARATOR = '\0';

function parseThread(path) {
	const Papa = require('papaparse');
	const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
	let inFlight = 0;
	let batch = { ids: [], date: '', last: [], count: new Uint8Array(BATCH), active: new Uint8Array(BATCH) };
	const flush = () => {
		const { ids, date, last, count, active } = batch;
		parentPort.postMessage({ ids: ids.join(SEPARATOR), date, last, count, active, size: ids.length }, [
			count.buffer,
			active.buffer
		]);
		batch = { ids: [], date: '', last: [], count: new Uint8Array(BATCH), active: new Uint8Array(BATCH) };
		if (++inFlight >= IN_FLIGHT) stream.pause();
	};
	parentPort.on('message', () => {
		if (--inFlight < IN_FLIGHT && stream.isPaused()) stream.resume();
	});
	let header = true;
	Papa.parse(stream, {
		delimiter: ',',
		step: ({ data: c }) => {
			if (header) return void (header = false);
			const k = batch.ids.length;
			let used = 0;
			for (let j = 9; j < 14; j++) if (c[j] === 'Yes') used++;
			batch.ids.push(c[1].toLowerCase());
			batch.date = c[0];
			batch.last.push(c[3]);
			batch.count[k] = used + (c[14] === 'Yes' ? 1 : 0);
			batch.active[k] = used > 0 ? 1 : 0;
			if (k + 1 === BATCH) flush();
		},
		complete: () => {
			if (batch.ids.length > 0) flush();
			parentPort.postMessage('done');
		}
	});
}

function hmacThread(key) {
	parentPort.on('message', (ids) => {
		let out = '';
		for (const id of ids.split(SEPARATOR))
			out += createHmac('sha256', key).update(id).digest('hex').slice(0, 32);
		parentPort.postMessage(out);
	});
}

async function main(path) {
	const Database = require('better-sqlite3');
	const { drizzle } = require('drizzle-orm/better-sqlite3');
	const { migrate } = require('drizzle-orm/better-sqlite3/migrator');
	const dir = mkdtempSync(join(tmpdir(), 'cap-libre-floor-'));
	try {
		const db = new Database(join(dir, 'floor.db'));
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		migrate(drizzle(db), { migrationsFolder: join(ROOT, 'drizzle') });
		db.pragma('foreign_keys = OFF');
		const row = '(1, 1, 1, ?, null, ?, 30, ?, ?, ?, null)';
		const insert = (n) =>
			db.prepare(
				`insert into usage_facts (org_id, product_id, import_id, agent_key, service, report_date, period_days,
				 last_activity_date, activity_count, active, licensed) values ${Array(n).fill(row).join(', ')}`
			);
		const full = insert(256);
		const one = insert(1);
		let parser;
		const hmac = new Worker(new URL(import.meta.url), { workerData: { role: 'hmac', key: randomBytes(32) } });
		const waiting = [];
		hmac.on('message', (keys) => waiting.shift()(keys));
		const pseudonyms = (ids) => new Promise((resolve) => (waiting.push(resolve), hmac.postMessage(ids)));
		db.exec('begin immediate');
		parser = new Worker(new URL(import.meta.url), { workerData: { role: 'parse', path } });
		const params = [];
		let written = Promise.resolve();
		await new Promise((resolve, reject) => {
			parser.on('error', reject);
			parser.on('message', (b) => {
				if (b === 'done') return void written.then(resolve, reject);
				const keys = pseudonyms(b.ids);
				written = written.then(async () => {
					const k = await keys;
					for (let i = 0; i < b.size; i++) {
						params.push(k.slice(i * 32, i * 32 + 32), b.date, b.last[i], b.count[i], b.active[i]);
						if (params.length === 256 * 5) full.run(params.splice(0));
					}
					parser.postMessage('ack');
				});
			});
		});
		for (let i = 0; i < params.length; i += 5) one.run(params.slice(i, i + 5));
		db.exec('commit');
		db.close();
		await Promise.all([hmac.terminate(), parser.terminate()]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (isMainThread) await main(process.argv[2]);
else if (workerData.role === 'parse') parseThread(workerData.path);
else hmacThread(workerData.key);

/**
 * A fresh SQLite database built from the real migrations in drizzle/, in a temporary directory (the import
 * service commits on its own connection, so the database must be a file, not :memory:).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../src/lib/server/db';
import { createHmacPool } from '../../src/lib/server/privacy/hmac-pool';
import type { ImportDeps } from '../../src/lib/server/services/import-file';

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'drizzle');
/** The instance key of test databases (pseudonyms are reproducible across a test). */
export const TEST_KEY = Buffer.alloc(32, 7);
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface TestDb {
	db: Db;
	path: string;
	dir: string;
	/** Import dependencies on this database with a fixed test key. */
	deps: ImportDeps;
	close(): Promise<void>;
}

export function createTestDb(options: { readerThreadFromBytes?: number } = {}): TestDb {
	const dir = mkdtempSync(join(tmpdir(), 'cap-libre-test-'));
	const path = join(dir, 'test.db');
	const db = createDb(path, MIGRATIONS_DIR);
	const pool = createHmacPool(TEST_KEY);
	const deps: ImportDeps = {
		db,
		databasePath: path,
		pseudonymDigests: pool.digestsOf,
		maxBytes: 50 * 1024 * 1024,
		readerThreadFromBytes: options.readerThreadFromBytes
	};
	return {
		db,
		path,
		dir,
		deps,
		async close() {
			await pool.close();
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Inserts an organisation and returns its id. */
export function insertOrg(db: Db, slug = 'test-commune', name = 'Commune de Test'): number {
	const row = db.$client
		.prepare("insert into organisations (slug, name, kind) values (?, ?, 'commune') returning id")
		.get(slug, name) as { id: number };
	return row.id;
}

/**
 * The database factory. The database is passed in, never imported as a side effect: routes get it from
 * locals, the CLI and tests create their own (tests on a temp file or :memory: with the real migrations).
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a SQLite connection with the house pragmas, without touching the schema. */
export function openDb(path: string): Db {
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
	sqlite.pragma('synchronous = NORMAL');
	return drizzle(sqlite, { schema });
}

/** Opens (or creates) a SQLite database and applies every migration in migrationsDir. */
export function createDb(path: string, migrationsDir: string): Db {
	const db = openDb(path);
	migrate(db, { migrationsFolder: migrationsDir });
	return db;
}

export { schema };

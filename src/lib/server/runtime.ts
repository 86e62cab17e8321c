/**
 * The server process's long-lived parts, created once on first use (the SvelteKit `init` hook or the CLI):
 * the validated configuration, the migrated database and the pseudonymiser. Never opened at import time,
 * so `vite build` leaves the data directory alone.
 */
import { ensureDataDir, getConfig, loadSecretKey, type Config } from './config';
import { createDb, type Db } from './db';
import { createHmacPool, type HmacPool } from './privacy/hmac-pool';
import { createPseudonymiser } from './privacy/pseudonymise';

export interface Runtime {
	config: Config;
	db: Db;
	pseudonymise: (identifier: string) => string;
	/** The same pseudonyms, a batch at a time on a worker thread (imports). */
	hmacPool: HmacPool;
}

let runtime: Runtime | null = null;

/** Opens the configured database (applying migrations) and loads the instance secret. */
export function createRuntime(config: Config): Runtime {
	ensureDataDir(config);
	const db = createDb(config.databasePath, config.migrationsDir);
	const key = loadSecretKey(config);
	let pool: HmacPool | null = null;
	return {
		config,
		db,
		pseudonymise: createPseudonymiser(key),
		// Started on the first import only: most CLI commands and page views never need the worker.
		get hmacPool() {
			pool ??= createHmacPool(key);
			return pool;
		}
	};
}

export function getRuntime(): Runtime {
	runtime ??= createRuntime(getConfig());
	return runtime;
}

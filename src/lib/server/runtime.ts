/**
 * The server process's long-lived parts, created once on first use (the SvelteKit `init` hook or the CLI):
 * the validated configuration, the migrated database and the pseudonymiser. Never opened at import time,
 * so `vite build` leaves the data directory alone.
 */
import { ensureDataDir, getConfig, loadSecretKey, type Config } from './config';
import { createDb, type Db } from './db';
import { createPseudonymiser } from './privacy/pseudonymise';

export interface Runtime {
	config: Config;
	db: Db;
	pseudonymise: (identifier: string) => string;
}

let runtime: Runtime | null = null;

/** Opens the configured database (applying migrations) and loads the instance secret. */
export function createRuntime(config: Config): Runtime {
	ensureDataDir(config);
	const db = createDb(config.databasePath, config.migrationsDir);
	return { config, db, pseudonymise: createPseudonymiser(loadSecretKey(config)) };
}

export function getRuntime(): Runtime {
	runtime ??= createRuntime(getConfig());
	return runtime;
}

import type { Db } from '../db';
import type { Runtime } from '../runtime';
import type { ImportDeps } from './import-file';

/** The import service's dependencies for a request or a CLI command, from the process runtime. */
export function importDepsOf(runtime: Runtime, db: Db = runtime.db): ImportDeps {
	return {
		db,
		databasePath: runtime.config.databasePath,
		pseudonymDigests: runtime.hmacPool.digestsOf,
		maxBytes: runtime.config.maxUploadBytes
	};
}

/**
 * Test helper run as a child process: imports a file into a data directory and, halfway through, says "halfway"
 * on stdout and freezes (the transaction open, rows written but not committed) until it is killed.
 * Usage: tsx tests/helpers/import-and-hang.ts <dataDir> <file.csv>
 */
import { readConfig } from '../../src/lib/server/config';
import { createOrganisationsRepository } from '../../src/lib/server/repositories/organisations.repository';
import { createRuntime } from '../../src/lib/server/runtime';
import { importDepsOf } from '../../src/lib/server/services/import-deps';
import { importFile } from '../../src/lib/server/services/import-file';

const [dataDir, file] = process.argv.slice(2);
const runtime = createRuntime(readConfig({ CAP_LIBRE_DATA_DIR: dataDir, CAP_LIBRE_DEMO: '0' }));
const org = createOrganisationsRepository(runtime.db).list()[0];
let frozen = false;
await importFile(importDepsOf(runtime), {
	orgId: org.id,
	path: file,
	actor: 'test',
	onProgress(read, total) {
		if (frozen || read < total / 2) return;
		frozen = true;
		process.stdout.write('halfway\n', () => {
			// Block the whole process, mid-transaction, until the parent kills it.
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
		});
	}
});
process.stdout.write('finished\n');

/** The demo commune's CSV files imported through importFile, as the demo loader does (file-name order). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/lib/server/services/import-file';
import type { TestDb } from './create-test-db';

export const DEMO_DIR = join(import.meta.dirname, '..', '..', 'demo');

/** demo/expected.json: the figures the demo generator knows. */
export function readDemoExpected() {
	return JSON.parse(readFileSync(join(DEMO_DIR, 'expected.json'), 'utf8'));
}

export async function importDemo(t: TestDb, orgId: number): Promise<void> {
	for (const file of readdirSync(DEMO_DIR)
		.filter((f) => f.endsWith('.csv'))
		.sort()) {
		const report = await importFile(t.deps, { orgId, path: join(DEMO_DIR, file), actor: 'test' });
		if (report.status !== 'imported') throw new Error(`${file} : ${report.status}`);
	}
}

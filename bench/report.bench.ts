/**
 * Council report speed (issue 8): buildReportPdf on the demo commune — every figure read through the services
 * (scenarios with their 10,000-draw Monte Carlo, band and tornado, sovereignty, progress), ten charts drawn
 * at print resolution, about forty A4 pages laid out. The demo CSV files are imported into a fresh database
 * first, in name order as the demo loader does. Median of 7 runs after 2 warm-up runs (JIT, fonts,
 * memoised dashboard figures: what a second download costs). Target from the issue: under 1.5 s.
 */
import { buildReportPdf } from '../src/lib/server/services/report';
import { createTestDb, insertOrg } from '../tests/helpers/create-test-db';
import { importDemo } from '../tests/helpers/import-demo';
import { round, timeMedian, type Figure } from './helpers';

const TARGET_MS = 1500;

export async function run(): Promise<Record<string, Figure>> {
	const t = createTestDb();
	try {
		const orgId = insertOrg(t.db, 'saint-exemple-sur-loire', 'Saint-Exemple-sur-Loire');
		await importDemo(t, orgId);
		const ms = await timeMedian(
			() => buildReportPdf(t.db, orgId, { lang: 'fr', authorRole: 'finance' }),
			7,
			2
		);
		return { report_demo_ms: { value: round(ms), target: `< ${TARGET_MS}`, ok: ms < TARGET_MS } };
	} finally {
		await t.close();
	}
}

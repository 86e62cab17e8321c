import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { imports } from '../db/schema';
import type { ImportWriter } from '../repositories/imports.repository';
import type { ImportReport } from './import-file';

/**
 * What an accepted file changes besides its rows, inside the same transaction: the import's own record
 * (counts, log, period) and the usage aggregates and seat usage the dashboards read.
 */
export function recordImportEffects(
	conn: Db,
	writer: ImportWriter,
	importId: number,
	report: ImportReport
): void {
	// Counts first: the usage reconciliation turns some "new" facts into updated or unchanged ones.
	const usage = writer.finishUsage(importId);
	report.counts.new -= usage.updated + usage.unchanged;
	report.counts.updated += usage.updated;
	report.counts.unchanged += usage.unchanged;
	if (writer.servicesChanged) writer.rebuildUsageAggregates();
	else if (usage.scopes.length > 0) writer.rebuildUsageAggregates(usage.scopes);
	// Seat usage changes with new holders, new services, or new activity of existing holders.
	if (writer.wroteHolders || writer.servicesChanged || (usage.scopes.length > 0 && writer.hasSeatUsage())) {
		writer.rebuildSeatUsage();
	}
	conn
		.update(imports)
		.set({
			rowCount: report.rows,
			newCount: report.counts.new,
			updatedCount: report.counts.updated,
			unchangedCount: report.counts.unchanged,
			skippedCount: report.skipped.length,
			periodFrom: report.period?.from ?? null,
			periodTo: report.period?.to ?? null,
			log: JSON.stringify({
				skipped: report.skipped,
				warnings: report.warnings,
				concealedNames: report.concealedNames
			})
		})
		.where(eq(imports.id, importId))
		.run();
}

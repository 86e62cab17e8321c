import type { Db } from '../db';
import { createImportWriter } from '../repositories/imports.repository';

/**
 * Undoes an import as a whole, in one transaction: removes the rows it created or last updated, marks it
 * undone (the record stays, for the audit trail) and rebuilds the usage aggregates of the dates it touched.
 * Rows that a later import also touched belong to that later import and stay.
 */
export function undoImport(db: Db, orgId: number, importId: number): { removed: number } | null {
	const sqlite = db.$client;
	return sqlite.transaction(() => {
		const row = sqlite
			.prepare("select id from imports where id = ? and org_id = ? and status = 'imported'")
			.get(importId, orgId);
		if (!row) return null;
		const dates = sqlite
			.prepare(
				"select distinct coalesce(report_date, '') from usage_facts where import_id = ? and org_id = ?"
			)
			.pluck()
			.all(importId, orgId) as string[];
		let removed = 0;
		for (const table of ['licence_lines', 'usage_facts', 'inventory_lines', 'budget_lines']) {
			removed += sqlite
				.prepare(`delete from ${table} where import_id = ? and org_id = ?`)
				.run(importId, orgId).changes;
		}
		sqlite
			.prepare(
				"update imports set status = 'undone', undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where id = ?"
			)
			.run(importId);
		const writer = createImportWriter(db, orgId);
		writer.dropOrphanAggregates(dates);
		writer.rebuildUsageAggregates();
		writer.rebuildSeatUsage();
		return { removed };
	})();
}

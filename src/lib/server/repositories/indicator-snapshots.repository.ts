import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { indicatorSnapshots } from '../db/schema';

export type StoredSnapshot = typeof indicatorSnapshots.$inferSelect;
export type NewSnapshotRow = Omit<typeof indicatorSnapshots.$inferInsert, 'id'>;

/** Dated indicator values (indicator_snapshots) and the data date they describe. */
export function createIndicatorSnapshotsRepository(db: Db) {
	const sqlite = db.$client;
	return {
		/**
		 * Replaces the snapshot of the same organisation, data date and trigger taken in the same minute, so a
		 * burst of identical events (several files imported at once) leaves one snapshot, not many.
		 */
		replaceSnapshot(rows: NewSnapshotRow[]): void {
			const first = rows[0];
			if (!first) return;
			db.transaction((tx) => {
				sqlite
					.prepare(
						`delete from indicator_snapshots where org_id = ? and as_of = ? and trigger = ?
						 and substr(taken_at, 1, 16) = substr(?, 1, 16)`
					)
					.run(first.orgId, first.asOf, first.trigger, first.takenAt);
				for (const row of rows) tx.insert(indicatorSnapshots).values(row).run();
			});
		},
		list(orgId: number): StoredSnapshot[] {
			return db
				.select()
				.from(indicatorSnapshots)
				.where(eq(indicatorSnapshots.orgId, orgId))
				.orderBy(asc(indicatorSnapshots.asOf), asc(indicatorSnapshots.takenAt), asc(indicatorSnapshots.id))
				.all();
		},
		/**
		 * The date the organisation's data describe: the latest of its usage report dates and of its invoice or
		 * mandat dates (pre-computed aggregates and licence lines only), or null when it has neither.
		 */
		findLatestDataDate(orgId: number): string | null {
			const value = sqlite
				.prepare(
					`select max(d) from (
					  select max(report_date) as d from usage_aggregates where org_id = @orgId and report_date <> ''
					  union all
					  select max(substr(coalesce(date, term_start), 1, 10)) from licence_lines
					  where org_id = @orgId and excluded = 0 and source_kind in ('invoice', 'accounting')
					   and coalesce(date, term_start) glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')`
				)
				.pluck()
				.get({ orgId }) as string | null | undefined;
			return value ?? null;
		}
	};
}

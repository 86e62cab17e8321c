import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { auditLog } from '../db/schema';

export interface AuditEntry {
	orgId: number | null;
	userId: number | null;
	/** A readable label of who acted: an account's e-mail, "cli", "système". */
	actor: string;
	action: string;
	details?: Record<string, unknown>;
}

export function createAuditRepository(db: Db) {
	return {
		record(entry: AuditEntry): void {
			db.insert(auditLog)
				.values({
					orgId: entry.orgId,
					userId: entry.userId,
					actor: entry.actor,
					action: entry.action,
					details: JSON.stringify(entry.details ?? {})
				})
				.run();
		},
		list(orgId: number, limit = 500) {
			return db
				.select()
				.from(auditLog)
				.where(eq(auditLog.orgId, orgId))
				.orderBy(desc(auditLog.id))
				.limit(limit)
				.all();
		}
	};
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { settings } from '../db/schema';

export function createSettingsRepository(db: Db) {
	return {
		get<T>(orgId: number, key: string): T | undefined {
			const row = db
				.select({ value: settings.value })
				.from(settings)
				.where(and(eq(settings.orgId, orgId), eq(settings.key, key)))
				.get();
			return row ? (JSON.parse(row.value) as T) : undefined;
		},
		set(orgId: number, key: string, value: unknown): void {
			const json = JSON.stringify(value);
			db.insert(settings)
				.values({ orgId, key, value: json })
				.onConflictDoUpdate({
					target: [settings.orgId, settings.key],
					set: { value: json, updatedAt: new Date().toISOString() }
				})
				.run();
		}
	};
}

/**
 * The dashboard's figures are a pure function of the organisation's data, which changes only when a file is
 * imported or undone, a scenario, setting or product is edited, or a snapshot is taken. So they are kept in
 * memory and reused until the organisation's data version moves: an elected official opening the dashboard
 * before a council meeting reads them in constant time, whatever the size of the commune; the first request
 * after a change recomputes them (see bench/dashboard.bench.ts, cold vs warm).
 */
import type { Db } from '../db';
import { createProgressRepository } from '../repositories/progress.repository';

const MAX_ENTRIES = 64;
const caches = new WeakMap<Db, Map<string, { version: string; value: unknown }>>();

/**
 * `compute()` once per (key, data version of `orgId`); later calls with the same version get the same value
 * back (treat it as read-only). One cache per database handle, at most 64 entries (oldest dropped first).
 */
export function memoiseByDataVersion<T>(db: Db, orgId: number, key: string, compute: () => T): T {
	const version = createProgressRepository(db).readDataVersion(orgId);
	const cache = caches.get(db) ?? new Map<string, { version: string; value: unknown }>();
	caches.set(db, cache);
	const hit = cache.get(key);
	if (hit && hit.version === version) return hit.value as T;
	const value = compute();
	cache.delete(key);
	cache.set(key, { version, value });
	if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value ?? key);
	return value;
}

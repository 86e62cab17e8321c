import { purgeExpiredSessions } from '../auth/sessions';
import type { Runtime } from '../runtime';
import { purgeExpiredUsage } from './privacy';
import { createUploadStore } from './uploads';

/** Hourly housekeeping: expired sessions, abandoned uploads, and raw usage past its retention period. */
export function runMaintenance(runtime: Runtime, now = new Date()): void {
	const { config, db } = runtime;
	purgeExpiredSessions(db, { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours }, now);
	createUploadStore(config.dataDir).sweep(now.getTime());
	purgeExpiredUsage(db, now);
}

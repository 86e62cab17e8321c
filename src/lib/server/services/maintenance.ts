import { purgeExpiredSessions } from '../auth/sessions';
import type { Runtime } from '../runtime';
import { createUploadStore } from './uploads';

/** Hourly housekeeping: expired sessions and abandoned uploads. */
export function runMaintenance(runtime: Runtime, now = new Date()): void {
	const { config, db } = runtime;
	purgeExpiredSessions(db, { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours }, now);
	createUploadStore(config.dataDir).sweep(now.getTime());
}

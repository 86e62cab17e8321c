/**
 * Server-side sessions. The browser holds a random 256-bit token in the only cookie Cap Libre sets; the
 * database keeps its SHA-256, so a stolen database does not yield usable sessions. A session ends after an idle
 * period or at an absolute limit, whichever comes first.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations, sessions, users } from '../db/schema';
import type { Role } from './permissions';
import { createUsersRepository } from '../repositories/users.repository';

export const SESSION_COOKIE = 'cap_session';

export interface SessionPolicy {
	idleMinutes: number;
	maxHours: number;
	/**
	 * False while an import holds the database's write lock: the last-seen time, a best-effort write, waits for
	 * the next request rather than for the lock.
	 */
	touch?: boolean;
}

export interface SessionUser {
	sessionId: string;
	userId: number;
	email: string;
	isDemo: boolean;
	lang: 'fr' | 'en';
	orgId: number;
	role: Role;
	expiresAt: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const addMinutes = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
/** lastSeenAt is refreshed at most once a minute, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export function createSession(
	db: Db,
	userId: number,
	orgId: number,
	policy: SessionPolicy,
	now = new Date()
) {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = addMinutes(now, policy.maxHours * 60).toISOString();
	db.insert(sessions)
		.values({
			id: hashToken(token),
			userId,
			orgId,
			createdAt: now.toISOString(),
			lastSeenAt: now.toISOString(),
			expiresAt
		})
		.run();
	return { token, expiresAt };
}

/** The session's user and role, or null if the token is unknown, expired, idle too long or the user lost access. */
export function validateSession(
	db: Db,
	token: string,
	policy: SessionPolicy,
	now = new Date()
): SessionUser | null {
	const id = hashToken(token);
	const row = db
		.select({
			session: sessions,
			email: users.email,
			isDemo: users.isDemo,
			lang: users.lang,
			disabledAt: users.disabledAt
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.innerJoin(organisations, eq(organisations.id, sessions.orgId))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return null;
	const { session } = row;
	const idleLimit = addMinutes(new Date(session.lastSeenAt), policy.idleMinutes);
	const role = createUsersRepository(db).roleIn(session.userId, session.orgId);
	if (row.disabledAt || !role || now >= new Date(session.expiresAt) || now >= idleLimit) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	if (policy.touch !== false && now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
		db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, id)).run();
	}
	return {
		sessionId: id,
		userId: session.userId,
		email: row.email,
		isDemo: row.isDemo,
		lang: row.lang,
		orgId: session.orgId,
		role,
		expiresAt: session.expiresAt
	};
}

export function deleteSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** "Log out everywhere": ends every session of the user. */
export function deleteUserSessions(db: Db, userId: number): number {
	return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Moves a session to another organisation the user belongs to. */
export function switchSessionOrg(db: Db, sessionId: string, userId: number, orgId: number): boolean {
	if (!createUsersRepository(db).roleIn(userId, orgId)) return false;
	db.update(sessions).set({ orgId }).where(eq(sessions.id, sessionId)).run();
	return true;
}

/** Removes expired sessions (run at start-up and now and then). */
export function purgeExpiredSessions(db: Db, policy: SessionPolicy, now = new Date()): number {
	const idleBefore = addMinutes(now, -policy.idleMinutes).toISOString();
	return db
		.delete(sessions)
		.where(or(lt(sessions.expiresAt, now.toISOString()), and(lt(sessions.lastSeenAt, idleBefore))))
		.run().changes;
}

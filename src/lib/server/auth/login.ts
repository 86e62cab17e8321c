/**
 * Login with throttling against password guessing: per e-mail and per client address, 5 failures in
 * 15 minutes lock the key for 15 minutes (an address gets 20, since a town hall's staff share one NAT).
 * Unknown e-mails cost the same argon2 verification as known ones, so timing does not reveal accounts.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { loginAttempts } from '../db/schema';
import { createUsersRepository } from '../repositories/users.repository';
import { hashPassword, verifyPassword } from './password';
import { createSession, type SessionPolicy } from './sessions';

const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
const MAX_FAILURES = { email: 5, ip: 20 } as const;

export type LoginResult =
	| { ok: true; token: string; expiresAt: string; userId: number; orgId: number }
	| {
			ok: false;
			reason: 'invalid' | 'locked' | 'demo-disabled' | 'no-organisation';
			retryAfterMinutes?: number;
	  };

let dummyHash: Promise<string> | null = null;

function lockedUntil(db: Db, key: string, now: Date): Date | null {
	const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
	return row?.lockedUntil && new Date(row.lockedUntil) > now ? new Date(row.lockedUntil) : null;
}

function recordFailure(db: Db, key: string, max: number, now: Date): void {
	const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
	const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
	const fresh = !row || new Date(row.firstFailureAt) < windowStart;
	const failures = fresh ? 1 : row.failures + 1;
	const lock = failures >= max ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
	db.insert(loginAttempts)
		.values({ key, failures, firstFailureAt: now.toISOString(), lockedUntil: lock })
		.onConflictDoUpdate({
			target: loginAttempts.key,
			set: { failures, lockedUntil: lock, ...(fresh ? { firstFailureAt: now.toISOString() } : {}) }
		})
		.run();
}

export async function login(
	db: Db,
	input: { email: string; password: string; ip: string; orgSlug?: string },
	options: { demoEnabled: boolean; policy: SessionPolicy; now?: Date }
): Promise<LoginResult> {
	const now = options.now ?? new Date();
	const email = input.email.trim().toLowerCase();
	const keys = { email: `email:${email}`, ip: `ip:${input.ip}` };
	const locks = [lockedUntil(db, keys.email, now), lockedUntil(db, keys.ip, now)].filter(
		(d): d is Date => d !== null
	);
	if (locks.length > 0) {
		const until = Math.max(...locks.map((d) => d.getTime()));
		return { ok: false, reason: 'locked', retryAfterMinutes: Math.ceil((until - now.getTime()) / 60_000) };
	}
	const users = createUsersRepository(db);
	const user = users.getByEmail(email);
	dummyHash ??= hashPassword('cap-libre-dummy-password');
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyPassword(await dummyHash, input.password).then(() => false);
	if (!user || !valid || user.disabledAt) {
		recordFailure(db, keys.email, MAX_FAILURES.email, now);
		recordFailure(db, keys.ip, MAX_FAILURES.ip, now);
		return { ok: false, reason: 'invalid' };
	}
	if (user.isDemo && !options.demoEnabled) return { ok: false, reason: 'demo-disabled' };
	db.delete(loginAttempts).where(eq(loginAttempts.key, keys.email)).run();
	const orgs = users.organisationsOf(user.id);
	const org = orgs.find((o) => o.slug === input.orgSlug) ?? orgs[0];
	if (!org) return { ok: false, reason: 'no-organisation' };
	const session = createSession(db, user.id, org.id, options.policy, now);
	return { ok: true, token: session.token, expiresAt: session.expiresAt, userId: user.id, orgId: org.id };
}

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { login } from '../../src/lib/server/auth/login';
import { createSession, deleteUserSessions, validateSession } from '../../src/lib/server/auth/sessions';
import { addUser, AccountError, setupInstance } from '../../src/lib/server/services/accounts';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';

const policy = { idleMinutes: 120, maxHours: 12 };
const at = (iso: string) => new Date(iso);
const PASSWORD = 'un mot de passe solide';

describe('accounts, login and sessions', () => {
	let t: TestDb;
	let orgId: number;
	beforeEach(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db);
		await addUser(t.db, { email: 'Finances@Ville.fr', password: PASSWORD, role: 'finance', orgId });
	});
	afterEach(() => t.close());

	test('a correct password opens a session; the password is stored as an argon2id hash', async () => {
		const result = await login(
			t.db,
			{ email: 'finances@ville.fr', password: PASSWORD, ip: '10.0.0.1' },
			{ demoEnabled: true, policy }
		);
		expect(result.ok).toBe(true);
		const hash = t.db.$client.prepare('select password_hash from users').pluck().get() as string;
		expect(hash).toMatch(/^\$argon2id\$/);
		if (result.ok) expect(validateSession(t.db, result.token, policy)?.role).toBe('finance');
	});

	test('the session token is not stored: only its hash is', async () => {
		const result = await login(
			t.db,
			{ email: 'finances@ville.fr', password: PASSWORD, ip: '10.0.0.1' },
			{ demoEnabled: true, policy }
		);
		if (!result.ok) throw new Error('login failed');
		const ids = t.db.$client.prepare('select id from sessions').pluck().all();
		expect(ids).not.toContain(result.token);
	});

	test('five wrong passwords lock the account for 15 minutes, even with the right one', async () => {
		const now = at('2026-03-01T10:00:00Z');
		for (let i = 0; i < 5; i++) {
			const r = await login(
				t.db,
				{ email: 'finances@ville.fr', password: 'faux', ip: `10.0.0.${i}` },
				{ demoEnabled: true, policy, now }
			);
			expect(r).toEqual({ ok: false, reason: 'invalid' });
		}
		const locked = await login(
			t.db,
			{ email: 'finances@ville.fr', password: PASSWORD, ip: '10.0.0.9' },
			{ demoEnabled: true, policy, now }
		);
		expect(locked).toMatchObject({ ok: false, reason: 'locked', retryAfterMinutes: 15 });
		const later = await login(
			t.db,
			{ email: 'finances@ville.fr', password: PASSWORD, ip: '10.0.0.9' },
			{ demoEnabled: true, policy, now: at('2026-03-01T10:16:00Z') }
		);
		expect(later.ok).toBe(true);
	});

	test('an unknown e-mail and a wrong password get the same answer', async () => {
		const unknown = await login(
			t.db,
			{ email: 'personne@ville.fr', password: PASSWORD, ip: '1.1.1.1' },
			{ demoEnabled: true, policy }
		);
		const wrong = await login(
			t.db,
			{ email: 'finances@ville.fr', password: 'x', ip: '1.1.1.2' },
			{ demoEnabled: true, policy }
		);
		expect(unknown).toEqual(wrong);
	});

	test.each([
		['idle', '2026-03-01T12:01:00Z', null],
		['active', '2026-03-01T11:59:00Z', 'finance']
	])('a session %s for more than the idle limit ends', (_label, when, expected) => {
		const userId = t.db.$client.prepare('select id from users').pluck().get() as number;
		const { token } = createSession(t.db, userId, orgId, policy, at('2026-03-01T10:00:00Z'));
		expect(validateSession(t.db, token, policy, at(when))?.role ?? null).toBe(expected);
	});

	test('a session ends at its absolute limit even when used all along', () => {
		const userId = t.db.$client.prepare('select id from users').pluck().get() as number;
		const { token } = createSession(t.db, userId, orgId, policy, at('2026-03-01T08:00:00Z'));
		for (let h = 1; h < 12; h++) {
			expect(
				validateSession(t.db, token, policy, at(`2026-03-01T${String(8 + h).padStart(2, '0')}:00:00Z`))
			).not.toBeNull();
		}
		expect(validateSession(t.db, token, policy, at('2026-03-01T20:00:01Z'))).toBeNull();
	});

	test('logging out everywhere ends every session of the user', () => {
		const userId = t.db.$client.prepare('select id from users').pluck().get() as number;
		const a = createSession(t.db, userId, orgId, policy);
		const b = createSession(t.db, userId, orgId, policy);
		expect(deleteUserSessions(t.db, userId)).toBe(2);
		expect(validateSession(t.db, a.token, policy)).toBeNull();
		expect(validateSession(t.db, b.token, policy)).toBeNull();
	});

	test('demo accounts are refused when demo mode is off', async () => {
		await addUser(t.db, {
			email: 'elu@demo.cap-libre.fr',
			password: 'demo-elu',
			role: 'elected',
			orgId,
			isDemo: true
		});
		const off = await login(
			t.db,
			{ email: 'elu@demo.cap-libre.fr', password: 'demo-elu', ip: '2.2.2.2' },
			{ demoEnabled: false, policy }
		);
		expect(off).toEqual({ ok: false, reason: 'demo-disabled' });
	});

	test('a short password is refused for a real account', async () => {
		await expect(addUser(t.db, { email: 'a@b.fr', password: 'court', role: 'admin', orgId })).rejects.toThrow(
			AccountError
		);
	});

	test('the setup creates the first administrator once, then refuses', async () => {
		const fresh = createTestDb();
		try {
			const { userId } = await setupInstance(fresh.db, {
				orgName: 'Ville-Neuve',
				kind: 'commune',
				email: 'admin@ville.fr',
				password: PASSWORD
			});
			expect(userId).toBeGreaterThan(0);
			await expect(
				setupInstance(fresh.db, {
					orgName: 'Autre',
					kind: 'commune',
					email: 'x@ville.fr',
					password: PASSWORD
				})
			).rejects.toThrow(/déjà installée/);
		} finally {
			await fresh.close();
		}
	});
});

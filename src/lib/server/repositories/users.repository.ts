import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, organisations, users } from '../db/schema';
import type { Role } from '../auth/permissions';

export type User = typeof users.$inferSelect;

export function createUsersRepository(db: Db) {
	return {
		getByEmail(email: string): User | undefined {
			return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
		},
		getById(id: number): User | undefined {
			return db.select().from(users).where(eq(users.id, id)).get();
		},
		insert(email: string, passwordHash: string, isDemo = false, displayName: string | null = null): User {
			return db
				.insert(users)
				.values({ email: email.trim().toLowerCase(), passwordHash, isDemo, displayName })
				.returning()
				.get();
		},
		setPassword(id: number, passwordHash: string): void {
			db.update(users).set({ passwordHash }).where(eq(users.id, id)).run();
		},
		count(): number {
			return db.select({ n: count() }).from(users).get()?.n ?? 0;
		},
		/** The user's role in an organisation, or null when not a member. */
		roleIn(userId: number, orgId: number): Role | null {
			return (
				db
					.select({ role: memberships.role })
					.from(memberships)
					.where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
					.get()?.role ?? null
			);
		},
		setRole(userId: number, orgId: number, role: Role): void {
			db.insert(memberships)
				.values({ userId, orgId, role })
				.onConflictDoUpdate({ target: [memberships.userId, memberships.orgId], set: { role } })
				.run();
		},
		removeMembership(userId: number, orgId: number): void {
			db.delete(memberships)
				.where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
				.run();
		},
		/** Organisations a user belongs to, with the role in each. */
		organisationsOf(userId: number) {
			return db
				.select({
					id: organisations.id,
					slug: organisations.slug,
					name: organisations.name,
					role: memberships.role
				})
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.orgId))
				.where(eq(memberships.userId, userId))
				.orderBy(organisations.name)
				.all();
		},
		/** Members of an organisation, for the accounts page. */
		membersOf(orgId: number) {
			return db
				.select({
					id: users.id,
					email: users.email,
					role: memberships.role,
					isDemo: users.isDemo,
					disabledAt: users.disabledAt
				})
				.from(memberships)
				.innerJoin(users, eq(users.id, memberships.userId))
				.where(eq(memberships.orgId, orgId))
				.orderBy(users.email)
				.all();
		}
	};
}

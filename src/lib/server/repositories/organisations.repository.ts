import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations } from '../db/schema';

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

export function createOrganisationsRepository(db: Db) {
	return {
		list(): Organisation[] {
			return db.select().from(organisations).orderBy(asc(organisations.name)).all();
		},
		getById(id: number): Organisation | undefined {
			return db.select().from(organisations).where(eq(organisations.id, id)).get();
		},
		getBySlug(slug: string): Organisation | undefined {
			return db.select().from(organisations).where(eq(organisations.slug, slug)).get();
		},
		insert(org: NewOrganisation): Organisation {
			return db.insert(organisations).values(org).returning().get();
		},
		count(): number {
			return db.select({ n: count() }).from(organisations).get()?.n ?? 0;
		}
	};
}

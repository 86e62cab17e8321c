import { and, asc, eq } from 'drizzle-orm';
import type { Scenario } from '../../domain/savings';
import type { Db } from '../db';
import { scenarios } from '../db/schema';

export interface StoredScenario {
	id: number;
	name: string;
	template: string | null;
	scenario: Scenario;
	isSelected: boolean;
	createdAt: string;
	updatedAt: string | null;
}

function toStored(row: typeof scenarios.$inferSelect): StoredScenario {
	return {
		id: row.id,
		name: row.name,
		template: row.template,
		scenario: JSON.parse(row.assumptions) as Scenario,
		isSelected: row.isSelected,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

/** Scenarios are stored as the JSON of the savings model's Scenario (the same schema as `cap-libre simulate`). */
export function createScenariosRepository(db: Db) {
	return {
		list(orgId: number): StoredScenario[] {
			return db
				.select()
				.from(scenarios)
				.where(eq(scenarios.orgId, orgId))
				.orderBy(asc(scenarios.id))
				.all()
				.map(toStored);
		},
		get(orgId: number, id: number): StoredScenario | undefined {
			const row = db
				.select()
				.from(scenarios)
				.where(and(eq(scenarios.orgId, orgId), eq(scenarios.id, id)))
				.get();
			return row && toStored(row);
		},
		/** The scenario the organisation follows (dashboards, progress, report); the first one if none is chosen. */
		getSelected(orgId: number): StoredScenario | undefined {
			const all = this.list(orgId);
			return all.find((s) => s.isSelected) ?? all[0];
		},
		insert(orgId: number, scenario: Scenario, template: string | null = null): StoredScenario {
			const row = db
				.insert(scenarios)
				.values({ orgId, name: scenario.name, template, assumptions: JSON.stringify(scenario) })
				.returning()
				.get();
			return toStored(row);
		},
		update(orgId: number, id: number, scenario: Scenario): void {
			db.update(scenarios)
				.set({
					name: scenario.name,
					assumptions: JSON.stringify(scenario),
					updatedAt: new Date().toISOString()
				})
				.where(and(eq(scenarios.orgId, orgId), eq(scenarios.id, id)))
				.run();
		},
		delete(orgId: number, id: number): void {
			db.delete(scenarios)
				.where(and(eq(scenarios.orgId, orgId), eq(scenarios.id, id)))
				.run();
		},
		select(orgId: number, id: number): void {
			db.transaction((tx) => {
				tx.update(scenarios).set({ isSelected: false }).where(eq(scenarios.orgId, orgId)).run();
				tx.update(scenarios)
					.set({ isSelected: true })
					.where(and(eq(scenarios.orgId, orgId), eq(scenarios.id, id)))
					.run();
			});
		}
	};
}

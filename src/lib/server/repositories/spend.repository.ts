import { and, count, eq, sql, sum } from 'drizzle-orm';
import type { Db } from '../db';
import { imports, licenceLines, products } from '../db/schema';

export interface SpendRow {
	vendor: string | null;
	product: string | null;
	licenceModel: string | null;
	cents: number;
	lines: number;
}

/** The year a line counts for: its invoice/mandat date, else the start of its term. */
const lineYear = sql<string>`substr(coalesce(${licenceLines.date}, ${licenceLines.termStart}), 1, 4)`;

export function createSpendRepository(db: Db) {
	return {
		/** Years with spend lines of the given kind, most recent first. */
		listYears(orgId: number, sourceKind: 'invoice' | 'accounting'): number[] {
			return db
				.selectDistinct({ year: lineYear })
				.from(licenceLines)
				.where(and(eq(licenceLines.orgId, orgId), eq(licenceLines.sourceKind, sourceKind)))
				.all()
				.map((r) => Number(r.year))
				.filter((y) => Number.isInteger(y))
				.sort((a, b) => b - a);
		},

		/** Spend (TTC, credit notes included) per product for one year and source kind; excluded SKUs left out. */
		spendByProduct(orgId: number, year: number, sourceKind: 'invoice' | 'accounting'): SpendRow[] {
			return db
				.select({
					vendor: products.vendor,
					product: products.name,
					licenceModel: products.licenceModel,
					cents: sql<number>`cast(${sum(licenceLines.amountInclTaxCents)} as integer)`,
					lines: count()
				})
				.from(licenceLines)
				.leftJoin(products, eq(products.id, licenceLines.productId))
				.where(
					and(
						eq(licenceLines.orgId, orgId),
						eq(licenceLines.sourceKind, sourceKind),
						eq(licenceLines.excluded, false),
						eq(lineYear, String(year))
					)
				)
				.groupBy(licenceLines.productId)
				.all();
		},

		/** How many imported files (not undone) stand behind the figures. */
		countActiveImports(orgId: number): number {
			return (
				db
					.select({ n: count() })
					.from(imports)
					.where(and(eq(imports.orgId, orgId), eq(imports.status, 'imported')))
					.get()?.n ?? 0
			);
		}
	};
}

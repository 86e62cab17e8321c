import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { products } from '../db/schema';

export type StoredProduct = typeof products.$inferSelect;

/** The attribute columns a user may edit (the name and organisation never change here). */
export type ProductAttributeColumns = Pick<
	StoredProduct,
	| 'vendor'
	| 'vendorCountry'
	| 'category'
	| 'licenceModel'
	| 'spdxId'
	| 'hosting'
	| 'openFormats'
	| 'catalogueId'
>;

/** The organisation's products (the software it pays for, uses or has installed), as stored. */
export function createProductsRepository(db: Db) {
	return {
		list(orgId: number): StoredProduct[] {
			return db.select().from(products).where(eq(products.orgId, orgId)).orderBy(asc(products.name)).all();
		},
		get(orgId: number, id: number): StoredProduct | undefined {
			return db
				.select()
				.from(products)
				.where(and(eq(products.orgId, orgId), eq(products.id, id)))
				.get();
		},
		/** Updates the attribute columns; returns false when the product is not the organisation's. */
		update(orgId: number, id: number, columns: ProductAttributeColumns): boolean {
			const result = db
				.update(products)
				.set(columns)
				.where(and(eq(products.orgId, orgId), eq(products.id, id)))
				.run();
			return result.changes > 0;
		}
	};
}

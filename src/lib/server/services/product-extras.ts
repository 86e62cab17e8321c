/**
 * The sovereignty attributes the products table has no column for (see ProductExtras), kept per product in the
 * organisation's settings under one key until the table gets columns for them.
 */
import type { Db } from '../db';
import { createSettingsRepository } from '../repositories/settings.repository';
import type { ProductExtras } from './sovereignty-attributes';

const KEY = 'product-sovereignty-attributes';

export type StoredExtras = Record<string, Partial<ProductExtras>>;

/** Everything entered for the organisation's products, by product id. */
export function getProductExtras(db: Db, orgId: number): StoredExtras {
	return createSettingsRepository(db).get<StoredExtras>(orgId, KEY) ?? {};
}

/** Replaces what was entered for one product; an all-null entry is dropped. */
export function setProductExtras(db: Db, orgId: number, productId: number, extras: ProductExtras): void {
	const all = getProductExtras(db, orgId);
	const entered = Object.values(extras).some((v) => v !== null);
	if (entered) all[String(productId)] = extras;
	else delete all[String(productId)];
	createSettingsRepository(db).set(orgId, KEY, all);
}

/**
 * The organisation's catalogue of products and open-source equivalents: the shipped defaults until a finance
 * officer or administrator edits it, then the edited copy stored in the organisation's settings.
 */
import {
	checkCatalogueIntegrity,
	createDefaultCatalogue,
	DEFAULT_CATALOGUE,
	type Catalogue
} from '../../domain/catalogue';
import type { Db } from '../db';
import { createSettingsRepository } from '../repositories/settings.repository';

const KEY = 'catalogue';

export function getCatalogue(db: Db, orgId: number): Catalogue {
	return createSettingsRepository(db).get<Catalogue>(orgId, KEY) ?? DEFAULT_CATALOGUE;
}

/** Saves an edited catalogue after checking it; returns the French problems found (nothing saved then). */
export function saveCatalogue(db: Db, orgId: number, catalogue: Catalogue): string[] {
	const problems = checkCatalogueIntegrity(catalogue);
	if (problems.length === 0) createSettingsRepository(db).set(orgId, KEY, catalogue);
	return problems;
}

/** Drops the organisation's edits: the shipped catalogue applies again. */
export function resetCatalogue(db: Db, orgId: number): Catalogue {
	createSettingsRepository(db).set(orgId, KEY, createDefaultCatalogue());
	return getCatalogue(db, orgId);
}

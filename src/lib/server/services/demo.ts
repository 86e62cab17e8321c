/**
 * The demo commune, Saint-Exemple-sur-Loire: shipped as CSV files in demo/ in the shapes of real exports and
 * loaded through the same import service as a user's file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Runtime } from '../runtime';
import { createOrganisationsRepository } from '../repositories/organisations.repository';
import { addUser } from './accounts';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { importDepsOf } from './import-deps';
import { importFile, type ImportReport } from './import-file';
import { updateProductAttributes } from './products-admin';

export const DEMO_ORG = {
	slug: 'saint-exemple-sur-loire',
	name: 'Saint-Exemple-sur-Loire',
	kind: 'commune' as const,
	siren: '200000000',
	agentCount: 450,
	isDemo: true
};

/** demo/ ships next to build/ and drizzle/: look from the working directory, then up from this module. */
export function findDemoDir(cwd = process.cwd()): string | null {
	const candidates = [join(cwd, 'demo')];
	for (let dir = import.meta.dirname; dir && dir !== dirname(dir); dir = dirname(dir))
		candidates.push(join(dir, 'demo'));
	return candidates.find((d) => existsSync(join(d, 'expected.json'))) ?? null;
}

/**
 * Imports every demo CSV (in file-name order) into the demo organisation, creating it and its demo accounts
 * (one per role) if needed.
 */
export async function loadDemo(runtime: Runtime, demoDir = findDemoDir()): Promise<ImportReport[]> {
	if (!demoDir) throw new Error('Dossier demo/ introuvable : lancez Cap Libre depuis le dossier du projet.');
	const orgs = createOrganisationsRepository(runtime.db);
	const org = orgs.getBySlug(DEMO_ORG.slug) ?? orgs.insert(DEMO_ORG);
	const files = readdirSync(demoDir)
		.filter((f) => f.endsWith('.csv'))
		.sort();
	for (const account of DEMO_ACCOUNTS) {
		await addUser(runtime.db, { ...account, orgId: org.id, isDemo: true });
	}
	const reports: ImportReport[] = [];
	for (const file of files) {
		reports.push(
			await importFile(importDepsOf(runtime), {
				orgId: org.id,
				path: join(demoDir, file),
				actor: 'démonstration'
			})
		);
	}
	classifyDemoProducts(runtime, org.id, demoDir);
	return reports;
}

interface ClassificationRule {
	nameStartsWith: string;
	catalogueId: string;
	vendor?: string;
}

/**
 * The demo's invented vendors (its ERP, CMS, e-services portal) are unknown to the catalogue: they are linked
 * to its generic entries through the same use case as the Produits page, as a finance officer would.
 */
function classifyDemoProducts(runtime: Runtime, orgId: number, demoDir: string): void {
	const path = join(demoDir, 'classification.json');
	if (!existsSync(path)) return;
	const { rules } = JSON.parse(readFileSync(path, 'utf8')) as { rules: ClassificationRule[] };
	const products = runtime.db.$client
		.prepare('select id, name from products where org_id = ? and catalogue_id is null')
		.all(orgId) as { id: number; name: string }[];
	for (const product of products) {
		const rule = rules.find((r) => product.name.startsWith(r.nameStartsWith));
		if (!rule) continue;
		updateProductAttributes(
			runtime.db,
			orgId,
			product.id,
			{ catalogueId: rule.catalogueId, vendor: rule.vendor ?? null },
			{ userId: null, label: 'démonstration' }
		);
	}
}

/** At start-up: loads the demo into an empty database, unless CAP_LIBRE_DEMO=0. */
export async function ensureDemo(runtime: Runtime): Promise<{ loaded: boolean; files: number }> {
	if (!runtime.config.demo || createOrganisationsRepository(runtime.db).count() > 0)
		return { loaded: false, files: 0 };
	const reports = await loadDemo(runtime);
	const failed = reports.filter((r) => r.status !== 'imported');
	if (failed.length > 0) {
		throw new Error(
			`La démonstration n’a pas pu être chargée : ${failed.map((r) => `${r.file} (${r.errors[0]?.message ?? r.status})`).join(', ')}`
		);
	}
	return { loaded: true, files: reports.length };
}

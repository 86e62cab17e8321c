/**
 * The sovereignty report on the demo commune's files, end to end: every indicator with its coverage, dated
 * snapshots, the organisation's composite weights, product attributes that move coverage, and the projection
 * under a scenario.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDefaultCatalogue } from '../../src/lib/domain/catalogue';
import {
	createLineFromCatalogue,
	createScenarioFromTemplate,
	findDefaultAlternative
} from '../../src/lib/domain/savings';
import { findIndicator, INVENTORY_INDICATOR_IDS, toIndicatorRows } from '../../src/lib/domain/sovereignty';
import { createAuditRepository } from '../../src/lib/server/repositories/audit.repository';
import { createProductsRepository } from '../../src/lib/server/repositories/products.repository';
import { createScenariosRepository } from '../../src/lib/server/repositories/scenarios.repository';
import { importFile } from '../../src/lib/server/services/import-file';
import {
	classifyProductStatus,
	listProductsForAdmin,
	updateProductAttributes
} from '../../src/lib/server/services/products-admin';
import { listIndicatorSnapshots, recordIndicatorSnapshot } from '../../src/lib/server/services/snapshots';
import {
	getCompositeWeights,
	getSovereigntyProjection,
	getSovereigntyReport,
	saveCompositeWeights
} from '../../src/lib/server/services/sovereignty';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';

const DEMO = join(import.meta.dirname, '..', '..', 'demo');

describe('sovereignty report on the demo commune', () => {
	let t: TestDb;
	let orgId: number;
	const productId = (name: string): number => {
		const found = createProductsRepository(t.db)
			.list(orgId)
			.find((p) => p.name === name);
		if (!found) throw new Error(`produit absent de la démonstration : ${name}`);
		return found.id;
	};

	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db);
		for (const file of readdirSync(DEMO)
			.filter((f) => f.endsWith('.csv'))
			.sort()) {
			const report = await importFile(t.deps, { orgId, path: join(DEMO, file), actor: 'test' });
			expect(report.status, file).toBe('imported');
		}
	});
	afterAll(() => t.close());

	test('every indicator is there, with a coverage between 0 and 1 and a reading', () => {
		const { report, lines, year } = getSovereigntyReport(t.db, orgId);
		expect(year).toBe(2025);
		expect(lines.length).toBeGreaterThan(10);
		const ids = report.indicators.map((i) => i.id);
		expect(ids).toEqual([...INVENTORY_INDICATOR_IDS, 'seal-2-plus-seats-share', 'seal-3-plus-seats-share']);
		for (const indicator of report.indicators) {
			expect(indicator.coverage, indicator.id).toBeGreaterThanOrEqual(0);
			expect(indicator.coverage, indicator.id).toBeLessThanOrEqual(1);
			expect(indicator.reading, indicator.id).not.toBe('');
		}
		// Microsoft is the largest vendor of the demo invoices; its cloud products are exposed to US law.
		expect(report.indicators.find((i) => i.id === 'top-vendor-spend-share')?.reading).toContain('Microsoft');
		expect(findIndicator(report.indicators, 'non-eu-spend-share')?.value).toBeGreaterThan(0.5);
		expect(report.composite.components).toHaveLength(7);
		expect(report.seal.disclaimer).toMatch(/pas une certification/);
	});

	test('a snapshot stores every indicator, scaled, and a second one in the same minute replaces it', () => {
		const { report } = getSovereigntyReport(t.db, orgId);
		const rows = toIndicatorRows(report);
		recordIndicatorSnapshot(t.db, orgId, 'test', new Date('2026-01-05T10:00:10Z'));
		recordIndicatorSnapshot(t.db, orgId, 'test', new Date('2026-01-05T10:00:50Z'));
		const once = listIndicatorSnapshots(t.db, orgId).filter((s) => s.trigger === 'test');
		expect(once).toHaveLength(1);
		const [snapshot] = once;
		// The demo's latest usage report is of 1 December 2025, its latest mandat of 15 December 2025.
		expect(snapshot.asOf).toBe('2025-12-15');
		expect(Object.keys(snapshot.values).sort()).toEqual([...rows.map((r) => r.id), 'seal-level'].sort());
		for (const row of rows) {
			const stored = snapshot.values[row.id];
			const tolerance = row.unit === 'ratio' ? 1e-4 : row.unit === 'score' ? 0.01 : 1;
			if (row.value === null) expect(stored.value).toBeNull();
			else expect(Math.abs((stored.value ?? Number.NaN) - row.value), row.id).toBeLessThanOrEqual(tolerance);
			expect(Math.abs((stored.coverage ?? Number.NaN) - row.coverage)).toBeLessThanOrEqual(1e-4);
		}
		expect(snapshot.values['seal-level'].value).toBe(report.seal.overallLevel);
		recordIndicatorSnapshot(t.db, orgId, 'test', new Date('2026-01-05T10:01:00Z'));
		expect(listIndicatorSnapshots(t.db, orgId).filter((s) => s.trigger === 'test')).toHaveLength(2);
	});

	test('weights are validated, saved and used by the composite score', () => {
		const refused = saveCompositeWeights(t.db, orgId, { 'open-source': '-3' });
		expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/entier de 0 à 100/) });
		const zero = Object.fromEntries(
			[
				'open-source',
				'jurisdiction',
				'data-location',
				'open-formats',
				'reversibility',
				'vendor-diversity',
				'mutualisation'
			].map((id) => [id, '0'])
		);
		expect(saveCompositeWeights(t.db, orgId, zero)).toMatchObject({ ok: false, message: /supérieur à 0/ });
		expect(getCompositeWeights(t.db, orgId)['open-source']).toBe(25);

		expect(saveCompositeWeights(t.db, orgId, { ...zero, 'open-source': '100' })).toMatchObject({ ok: true });
		const { report, weights, isDefaultWeights } = getSovereigntyReport(t.db, orgId);
		expect(weights['open-source']).toBe(100);
		expect(isDefaultWeights).toBe(false);
		// Only one component weighs: the score is that indicator as a percentage.
		const share = findIndicator(report.indicators, 'open-source-seats-share')?.value ?? Number.NaN;
		expect(report.composite.score).toBeCloseTo(share * 100, 9);
	});

	test('completing a product raises coverage by its share of seats, audited and snapshotted', () => {
		const before = getSovereigntyReport(t.db, orgId);
		// The heaviest product, by seats, whose data location is unknown and which costs nothing this year.
		const gap = before.report.completeness.products.find(
			(p) => p.spendCents === 0 && p.seats > 0 && p.missing.some((m) => m.attribute === 'hosting')
		);
		if (!gap) throw new Error('aucun produit de la démonstration sans hébergement connu');
		const id = productId(gap.productName);
		const stored = createProductsRepository(t.db).get(orgId, id);
		if (!stored) throw new Error('produit introuvable');
		const totalSeats = before.lines.reduce((s, l) => s + l.seats, 0);
		const coverageBefore =
			findIndicator(before.report.indicators, 'hosting-on-premises-share')?.coverage ?? 0;

		const invalid = updateProductAttributes(t.db, orgId, id, { vendorCountry: 'États-Unis' });
		expect(invalid).toMatchObject({
			ok: false,
			errors: { vendorCountry: expect.stringMatching(/deux lettres/) }
		});
		expect(createProductsRepository(t.db).get(orgId, id)).toEqual(stored);

		const result = updateProductAttributes(
			t.db,
			orgId,
			id,
			{
				vendor: stored.vendor ?? 'Éditeur',
				vendorCountry: 'us',
				category: stored.category,
				licenceModel: stored.licenceModel ?? 'proprietary',
				hosting: 'on-premises',
				openFormats: 'false',
				catalogueId: stored.catalogueId
			},
			{ userId: null, label: 'finances@test' }
		);
		expect(result).toEqual({ ok: true, filledFromCatalogue: false });
		const after = getSovereigntyReport(t.db, orgId);
		const coverageAfter = findIndicator(after.report.indicators, 'hosting-on-premises-share')?.coverage ?? 0;
		expect(coverageAfter - coverageBefore).toBeCloseTo(gap.seats / totalSeats, 9);
		const left = after.report.completeness.products.find((p) => p.productName === gap.productName);
		expect(left?.missing.map((m) => m.attribute) ?? []).not.toContain('hosting');

		const entry = createAuditRepository(t.db)
			.list(orgId)
			.find((e) => e.action === 'product.update');
		expect(entry?.actor).toBe('finances@test');
		expect(JSON.parse(entry?.details ?? '{}').changes.hosting).toEqual({
			before: null,
			after: 'on-premises'
		});
		expect(listIndicatorSnapshots(t.db, orgId).some((s) => s.trigger === 'product-update')).toBe(true);
		expect(listProductsForAdmin(t.db, orgId).find((p) => p.id === id)?.status).toBe('complete');
	});

	test('linking a product to a catalogue alternative fills its attributes from the catalogue', () => {
		const unlinked = createProductsRepository(t.db)
			.list(orgId)
			.find((p) => p.catalogueId === null);
		if (!unlinked) throw new Error('aucun produit non relié au catalogue dans la démonstration');
		const result = updateProductAttributes(t.db, orgId, unlinked.id, {
			catalogueId: 'libreoffice-draw',
			keyCustody: 'customer'
		});
		expect(result).toEqual({ ok: true, filledFromCatalogue: true });
		expect(createProductsRepository(t.db).get(orgId, unlinked.id)).toMatchObject({
			name: unlinked.name,
			licenceModel: 'open-source',
			vendorCountry: 'DE',
			hosting: 'on-premises',
			catalogueId: 'libreoffice-draw'
		});
		expect(updateProductAttributes(t.db, orgId, 999_999, {})).toEqual({ ok: false, notFound: true });
	});

	test.each([
		[
			{
				catalogueId: null,
				licenceModel: null,
				vendor: 'X',
				vendorCountry: 'FR',
				hosting: null,
				openFormats: null
			},
			'to-classify'
		],
		[
			{
				catalogueId: 'x',
				licenceModel: null,
				vendor: 'X',
				vendorCountry: 'FR',
				hosting: 'on-premises' as const,
				openFormats: true
			},
			'incomplete'
		],
		[
			{
				catalogueId: null,
				licenceModel: 'open-source' as const,
				vendor: 'X',
				vendorCountry: null,
				hosting: 'on-premises' as const,
				openFormats: true
			},
			'incomplete'
		],
		[
			{
				catalogueId: null,
				licenceModel: 'open-source' as const,
				vendor: 'X',
				vendorCountry: 'FR',
				hosting: 'on-premises' as const,
				openFormats: false
			},
			'complete'
		]
	])('a product %j is %s', (columns, status) => {
		expect(classifyProductStatus(columns)).toBe(status);
	});

	test('the projection under a scenario moves seats wave after wave; without a scenario there is only today', () => {
		expect(getSovereigntyProjection(t.db, orgId)).toMatchObject({ scenario: null, moves: [] });
		expect(getSovereigntyProjection(t.db, orgId).steps).toHaveLength(1);

		const catalogue = createDefaultCatalogue();
		const entry = catalogue.entries.find((e) => e.id === 'm365-business-standard');
		if (!entry) throw new Error('entrée absente du catalogue');
		const scenario = createScenarioFromTemplate('central', [
			createLineFromCatalogue(entry, findDefaultAlternative(entry, catalogue), 380)
		]);
		createScenariosRepository(t.db).insert(orgId, scenario);
		const projection = getSovereigntyProjection(t.db, orgId);
		const waves = scenario.waves.filter((w, i) => scenario.waves.slice(i).some((x) => x > 0));
		expect(projection.steps).toHaveLength(1 + waves.length);
		const shares = projection.steps.map(
			(s) => s.indicators.find((i) => i.id === 'open-source-seats-share')?.value ?? Number.NaN
		);
		for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]);
		expect(projection.moves).toEqual([
			{ from: 'Microsoft 365 Business Standard', to: 'LibreOffice', seats: expect.any(Number) }
		]);
		expect(projection.moves[0].seats).toBeGreaterThan(0);
	});
});

/**
 * Scenario use cases on a real database with the demo commune's CSV files imported: templates built from
 * the data, update, select, delete, the selected scenario's figures, shelfware with small-group suppression,
 * and `simulate` against the organisation's data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/server/services/import-file';
import { setPrivacySettings } from '../../src/lib/server/services/privacy';
import { listScenarioSummaries, getScenarioDetail } from '../../src/lib/server/services/scenario-views';
import { simulateScenario } from '../../src/lib/server/services/scenario-simulation';
import {
	createScenario,
	deleteScenario,
	duplicateScenario,
	ensureScenarioTemplates,
	getSelectedProjection,
	listScenarios,
	selectScenario,
	updateScenario
} from '../../src/lib/server/services/scenarios';
import { getShelfware } from '../../src/lib/server/services/shelfware';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';

const DEMO = join(import.meta.dirname, '..', '..', 'demo');
const actor = { userId: null, label: 'test' };

describe('scenarios of the demo commune', () => {
	let t: TestDb;
	let orgId: number;
	let emptyOrgId: number;

	beforeAll(async () => {
		t = createTestDb();
		orgId = insertOrg(t.db);
		emptyOrgId = insertOrg(t.db, 'vide', 'Commune sans données');
		t.db.$client.prepare('update organisations set agent_count = 450 where id = ?').run(orgId);
		for (const file of readdirSync(DEMO)
			.filter((f) => f.endsWith('.csv'))
			.sort()) {
			await importFile(t.deps, { orgId, path: join(DEMO, file), actor: 'test' });
		}
	}, 60_000);
	afterAll(() => t.close());

	const audit = (action: string) =>
		t.db.$client
			.prepare('select count(*) from audit_log where org_id = ? and action = ?')
			.pluck()
			.get(orgId, action);

	test('the first visit creates the prudent, central and ambitious templates from the data, central followed', () => {
		expect(ensureScenarioTemplates(t.db, orgId)).toBe(true);
		const scenarios = listScenarios(t.db, orgId);
		expect(scenarios.map((s) => [s.template, s.isSelected])).toEqual([
			['prudent', false],
			['central', true],
			['ambitious', false]
		]);
		const m365 = scenarios[1].scenario.lines.find((line) => line.catalogueId === 'm365-business-standard');
		// 380 seats invoiced in 2025 for 57,456.00 € TTC: 151.20 € per seat and per year.
		expect(m365).toMatchObject({ seats: 380, unitPriceCentsPerYear: 15_120 });
		expect(scenarios[1].scenario.agentCount).toBe(450);
		expect(ensureScenarioTemplates(t.db, orgId)).toBe(false);
		expect(listScenarios(t.db, orgId)).toHaveLength(3);
	});

	test('an organisation without data gets no template and no selected projection', () => {
		expect(ensureScenarioTemplates(t.db, emptyOrgId)).toBe(false);
		expect(listScenarios(t.db, emptyOrgId)).toEqual([]);
		expect(getSelectedProjection(t.db, emptyOrgId)).toBeNull();
	});

	test('the summaries compare the templates: the ambitious one saves the most', () => {
		const [prudent, central, ambitious] = listScenarioSummaries(t.db, orgId);
		expect(prudent.npvCents).toBeLessThan(central.npvCents);
		expect(central.npvCents).toBeLessThan(ambitious.npvCents);
		expect(central.draws).toBe(10_000);
		expect(central.cumulativeByYear).toHaveLength(5);
		expect(central.p10Cents).toBeLessThanOrEqual(central.p90Cents);
	});

	test('the detail names the data behind each line and only the catalogue it uses', () => {
		const central = listScenarios(t.db, orgId)[1];
		const detail = getScenarioDetail(t.db, orgId, central.id);
		expect(detail?.evidence.find((e) => e.lineId === 'm365-business-standard')).toMatchObject({
			priceFrom: 'spend',
			seatsPaid: 380,
			year: 2025,
			basis: 'invoice'
		});
		expect(detail?.firstCalendarYear).toBe(2026);
		expect(detail?.skipped.map((s) => s.reason)).toContain('no-catalogue-entry');
		expect(detail?.catalogue.entries.length).toBeLessThan(20);
		expect(getScenarioDetail(t.db, emptyOrgId, central.id)).toBeNull();
	});

	test('updating an assumption changes the figures; an invalid scenario is refused in French', () => {
		const central = listScenarios(t.db, orgId)[1];
		const before = central.projection.npvCents;
		const edited = structuredClone(central.scenario);
		edited.assumptions.trainingDaysFactor = { low: 0.25, likely: 0.5, high: 1 };
		const result = updateScenario(t.db, orgId, central.id, edited, actor);
		expect(result.ok).toBe(true);
		const after = listScenarios(t.db, orgId)[1];
		expect(after.scenario.assumptions.trainingDaysFactor.likely).toBe(0.5);
		expect(after.projection.npvCents).toBeGreaterThan(before);
		expect(after.updatedAt).not.toBeNull();

		const invalid = updateScenario(t.db, orgId, central.id, { ...edited, waves: [0.8, 0.8] }, actor);
		expect(invalid).toEqual({ ok: false, errors: ['waves : la somme des vagues dépasse 100 % (160 %).'] });
		expect(listScenarios(t.db, orgId)[1].scenario.waves).toEqual(edited.waves);
		expect(audit('scenario.update')).toBe(1);
		const snapshots = t.db.$client
			.prepare("select count(*) from indicator_snapshots where org_id = ? and trigger = 'scenario'")
			.pluck()
			.get(orgId);
		expect(snapshots).toBeGreaterThan(0);
	});

	test('the selected scenario’s projection feeds the dashboards; selecting another one switches it', () => {
		const scenarios = listScenarios(t.db, orgId);
		expect(getSelectedProjection(t.db, orgId)?.scenario.id).toBe(scenarios[1].id);
		expect(selectScenario(t.db, orgId, scenarios[2].id, actor)).toBe(true);
		const selected = getSelectedProjection(t.db, orgId);
		expect(selected?.scenario.template).toBe('ambitious');
		expect(selected?.projection.npvCents).toBe(scenarios[2].projection.npvCents);
		expect(selected?.monteCarlo.draws).toBe(10_000);
		expect(selected?.band).toHaveLength(selected?.scenario.scenario.horizonYears ?? 0);
		expect(selected?.band.at(-1)?.p50).toBe(selected?.monteCarlo.cumulativeSavings.p50);
		expect(selectScenario(t.db, emptyOrgId, scenarios[0].id, actor)).toBe(false);
	});

	test('create, duplicate and delete; deleting the followed scenario follows another one', () => {
		const created = createScenario(t.db, orgId, 'prudent', actor, '  Mon scénario  ');
		expect(created.name).toBe('Mon scénario');
		const copy = duplicateScenario(t.db, orgId, created.id, actor, (name) => `Copie de ${name}`);
		expect(copy).toMatchObject({ name: 'Copie de Mon scénario', isSelected: false, template: 'prudent' });
		selectScenario(t.db, orgId, created.id, actor);
		expect(deleteScenario(t.db, orgId, created.id, actor)).toBe(true);
		const remaining = listScenarios(t.db, orgId);
		expect(remaining.filter((s) => s.isSelected)).toHaveLength(1);
		expect(remaining.map((s) => s.id)).not.toContain(created.id);
		expect(deleteScenario(t.db, orgId, created.id, actor)).toBe(false);
	});

	test('once every scenario is deleted, the templates do not come back by themselves', () => {
		for (const s of listScenarios(t.db, orgId)) deleteScenario(t.db, orgId, s.id, actor);
		expect(listScenarios(t.db, orgId)).toEqual([]);
		expect(getSelectedProjection(t.db, orgId)).toBeNull();
	});

	test('shelfware: seats paid but unused, valued at the price paid', () => {
		const view = getShelfware(t.db, orgId, { suppressSmallGroups: false });
		expect(
			view.byProduct.slice(0, 3).map((row) => [row.product, row.seatsPaid, row.seatsActive, row.unusedSeats])
		).toEqual([
			['Microsoft 365 Business Standard', 380, 309, 71],
			['Zoom Workplace', 25, 12, 13],
			['Microsoft 365 E3', 40, 38, 2]
		]);
		// 71 × 151.20 € + 13 × 243.36 € + 2 × 509.76 €.
		expect(view.totalAnnualSavingCents).toBe(71 * 15_120 + 13 * 24_336 + 2 * 50_976);
		expect(view.byProductAndService?.length).toBeGreaterThan(10);
		expect(view.suppressedServices).toBe(0);
	});

	test('shelfware for elected officials: services of fewer than k agents are withheld', () => {
		setPrivacySettings(t.db, orgId, { k: 10, retentionMonths: 13 });
		const view = getShelfware(t.db, orgId, { suppressSmallGroups: true });
		expect(view.byProductAndService).toBeNull();
		const hidden = view.byService.filter((row) => row.suppressed).map((row) => row.service);
		// Communication (8 holders) and Informatique (7) are below 10.
		expect(hidden).toEqual(expect.arrayContaining(['Communication', 'Informatique']));
		expect(view.byService.find((row) => row.service === 'Communication')).toEqual({
			service: 'Communication',
			suppressed: true
		});
		expect(view.byService.find((row) => row.service === null)?.suppressed).toBe(false);
		expect(view.k).toBe(10);
	});

	test('simulate fills a file’s seats and prices from the organisation’s data', () => {
		const result = simulateScenario(
			{ name: 'Bureautique', lines: [{ id: 'm365', catalogueId: 'm365-business-standard' }] },
			{ db: t.db, orgId }
		);
		expect(result.ok && result.scenario.lines[0]).toMatchObject({
			seats: 380,
			unitPriceCentsPerYear: 15_120
		});
		expect(result.ok && result.filled.length).toBeGreaterThanOrEqual(3);
		expect(simulateScenario({ name: 'x', lines: [{ id: 'a' }] }, null)).toEqual({
			ok: false,
			errors: [
				'lines[0].seats : champ obligatoire.',
				'lines[0].unitPriceCentsPerYear : obligatoire quand aucune entrée du catalogue ne le fournit.'
			]
		});
	});
});

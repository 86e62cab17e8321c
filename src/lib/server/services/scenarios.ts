/**
 * Use cases of the migration scenarios: the three templates built from the organisation's own data on
 * first use, create / duplicate / update / delete / select, the overview used to compare them, and the
 * selected scenario's figures for the dashboards and the council report.
 * Scenarios are stored as the savings model's Scenario JSON (the same schema as `cap-libre simulate`).
 */
import type { Catalogue } from '../../domain/catalogue';
import {
	computeProjection,
	createScenarioFromTemplate,
	parseScenario,
	runMonteCarlo,
	TEMPLATE_IDS,
	type MonteCarloResult,
	type Projection,
	type TemplateId
} from '../../domain/savings';
import { computeScenarioFigures, type ScenarioFigures } from '../../charts/savings-figures';
import { buildLinesFromInventory, type LinesFromInventory } from '../../scenarios/lines-from-inventory';
import type { Db } from '../db';
import { createAuditRepository } from '../repositories/audit.repository';
import { createOrganisationsRepository } from '../repositories/organisations.repository';
import { createScenariosRepository, type StoredScenario } from '../repositories/scenarios.repository';
import { createSettingsRepository } from '../repositories/settings.repository';
import { getCatalogue } from './catalogue';
import { getInventory } from './inventory';
import { recordIndicatorSnapshot } from './snapshots';

/** Who acts, for the audit log. */
export interface Actor {
	userId: number | null;
	label: string;
}

/** Set once the templates were created, so deleting every scenario does not bring them back. */
const TEMPLATES_CREATED_KEY = 'scenarios.templatesCreated';

export interface ScenarioData extends LinesFromInventory {
	agentCount: number | null;
	catalogue: Catalogue;
}

/** The organisation's lines (from its inventory and catalogue) and agent count: what templates start from. */
export function getScenarioData(db: Db, orgId: number): ScenarioData {
	const catalogue = getCatalogue(db, orgId);
	const data = buildLinesFromInventory(getInventory(db, orgId), catalogue);
	const agentCount = createOrganisationsRepository(db).getById(orgId)?.agentCount ?? null;
	return { ...data, agentCount, catalogue };
}

function record(db: Db, orgId: number, actor: Actor, action: string, details: Record<string, unknown>) {
	createAuditRepository(db).record({ orgId, userId: actor.userId, actor: actor.label, action, details });
}

/**
 * Creates the prudent, central and ambitious scenarios from the organisation's data, central selected,
 * the first time it is called for an organisation with something to model. Idempotent: returns false and
 * does nothing once done (or while the data gives no line, so templates appear after the first import).
 */
export function ensureScenarioTemplates(db: Db, orgId: number): boolean {
	const settings = createSettingsRepository(db);
	if (settings.get<boolean>(orgId, TEMPLATES_CREATED_KEY)) return false;
	const repository = createScenariosRepository(db);
	if (repository.list(orgId).length > 0) {
		settings.set(orgId, TEMPLATES_CREATED_KEY, true);
		return false;
	}
	const data = getScenarioData(db, orgId);
	if (data.lines.length === 0) return false;
	db.transaction(() => {
		for (const templateId of TEMPLATE_IDS) {
			const scenario = createScenarioFromTemplate(templateId, data.lines, { agentCount: data.agentCount });
			const stored = repository.insert(orgId, scenario, templateId);
			if (templateId === 'central') repository.select(orgId, stored.id);
		}
		settings.set(orgId, TEMPLATES_CREATED_KEY, true);
	});
	return true;
}

export interface ScenarioOverview extends StoredScenario {
	projection: Projection;
	monteCarlo: MonteCarloResult;
}

/** Every scenario with its central projection and Monte Carlo summary, for the list and the comparison. */
export function listScenarios(db: Db, orgId: number): ScenarioOverview[] {
	ensureScenarioTemplates(db, orgId);
	return createScenariosRepository(db)
		.list(orgId)
		.map((stored) => ({
			...stored,
			projection: computeProjection(stored.scenario),
			monteCarlo: runMonteCarlo(stored.scenario)
		}));
}

export function getScenario(db: Db, orgId: number, id: number): StoredScenario | undefined {
	return createScenariosRepository(db).get(orgId, id);
}

/** A new scenario from a template and the organisation's current data. */
export function createScenario(
	db: Db,
	orgId: number,
	templateId: TemplateId,
	actor: Actor,
	name?: string
): StoredScenario {
	const data = getScenarioData(db, orgId);
	const scenario = createScenarioFromTemplate(templateId, data.lines, {
		name: name?.trim() || undefined,
		agentCount: data.agentCount
	});
	const stored = createScenariosRepository(db).insert(orgId, scenario, templateId);
	record(db, orgId, actor, 'scenario.create', { id: stored.id, template: templateId });
	afterChange(db, orgId);
	return stored;
}

/** A copy named "Copie de …", not selected. */
export function duplicateScenario(
	db: Db,
	orgId: number,
	id: number,
	actor: Actor,
	copyName: (name: string) => string
): StoredScenario | null {
	const repository = createScenariosRepository(db);
	const source = repository.get(orgId, id);
	if (!source) return null;
	const scenario = { ...structuredClone(source.scenario), name: copyName(source.name) };
	const stored = repository.insert(orgId, scenario, source.template);
	record(db, orgId, actor, 'scenario.duplicate', { id: stored.id, from: id });
	return stored;
}

export type UpdateResult = { ok: true; scenario: StoredScenario } | { ok: false; errors: string[] };

/** Checks the edited scenario (parseScenario, against the organisation's catalogue) and saves it. */
export function updateScenario(db: Db, orgId: number, id: number, json: unknown, actor: Actor): UpdateResult {
	const repository = createScenariosRepository(db);
	if (!repository.get(orgId, id)) return { ok: false, errors: ['Scénario introuvable.'] };
	const parsed = parseScenario(json, getCatalogue(db, orgId));
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	repository.update(orgId, id, parsed.scenario);
	record(db, orgId, actor, 'scenario.update', { id });
	afterChange(db, orgId);
	const saved = repository.get(orgId, id);
	return saved ? { ok: true, scenario: saved } : { ok: false, errors: ['Scénario introuvable.'] };
}

/** Deletes a scenario; if it was the one followed, the first remaining one is followed instead. */
export function deleteScenario(db: Db, orgId: number, id: number, actor: Actor): boolean {
	const repository = createScenariosRepository(db);
	const target = repository.get(orgId, id);
	if (!target) return false;
	db.transaction(() => {
		repository.delete(orgId, id);
		const next = repository.list(orgId)[0];
		if (target.isSelected && next) repository.select(orgId, next.id);
	});
	record(db, orgId, actor, 'scenario.delete', { id, name: target.name });
	afterChange(db, orgId);
	return true;
}

/** Makes a scenario the one the organisation follows (dashboards, progress, council report). */
export function selectScenario(db: Db, orgId: number, id: number, actor: Actor): boolean {
	const repository = createScenariosRepository(db);
	if (!repository.get(orgId, id)) return false;
	repository.select(orgId, id);
	record(db, orgId, actor, 'scenario.select', { id });
	afterChange(db, orgId);
	return true;
}

export interface SelectedProjection extends ScenarioFigures {
	scenario: StoredScenario;
	/** Calendar year of year 1 of the horizon (the year after the latest imported spend), or null. */
	firstCalendarYear: number | null;
}

/**
 * The scenario the organisation follows and all its figures (projection, Monte Carlo with 10,000 seeded
 * draws, yearly P10–P90 band, tornado), for the dashboards and the report; null when there is none.
 */
export function getSelectedProjection(db: Db, orgId: number): SelectedProjection | null {
	ensureScenarioTemplates(db, orgId);
	const selected = createScenariosRepository(db).getSelected(orgId);
	if (!selected) return null;
	const year = getInventory(db, orgId).year;
	return {
		scenario: selected,
		...computeScenarioFigures(selected.scenario),
		firstCalendarYear: year === null ? null : year + 1
	};
}

/**
 * After a scenario is created, edited, selected or deleted: a dated snapshot of the sovereignty indicators
 * (some follow the selected scenario), so the Souveraineté page can chart them over time.
 */
function afterChange(db: Db, orgId: number): void {
	recordIndicatorSnapshot(db, orgId, 'scenario');
}

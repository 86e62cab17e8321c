/**
 * Validates a scenario read from JSON (a `cap-libre simulate` file, a stored scenario, a form) and fills
 * what is left out from a template and, optionally, from the catalogue. The schema is documented in
 * types.ts. Never throws: returns every problem found, in French, each prefixed with its JSON path.
 */
import type { Catalogue } from '../catalogue/types';
import { describe, FieldReader, isJsonObject, type JsonObject } from './parse-fields';
import { readLine } from './parse-line';
import { SCENARIO_TEMPLATES } from './templates';
import {
	ASSUMPTION_KEYS,
	TEMPLATE_IDS,
	type AssumptionKey,
	type Scenario,
	type ScenarioAssumptions,
	type ScenarioLine,
	type TemplateId
} from './types';

export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

const MAX_HORIZON_YEARS = 30;

function isTemplateId(value: unknown): value is TemplateId {
	return TEMPLATE_IDS.some((id) => id === value);
}

function isAssumptionKey(value: string): value is AssumptionKey {
	return ASSUMPTION_KEYS.some((key) => key === value);
}

function readWaves(reader: FieldReader, value: unknown, fallback: number[]): number[] {
	if (value === undefined) return [...fallback];
	if (!Array.isArray(value) || value.length === 0) {
		reader.fail('waves', `liste non vide de parts entre 0 et 1 attendue (reçu ${describe(value)}).`);
		return [...fallback];
	}
	const waves = value.map((share, i) => reader.number(share, `waves[${i}]`, 0, 1, 0));
	const total = waves.reduce((sum, share) => sum + share, 0);
	// Tolerance for decimal sums such as 0.1 + 0.2 + 0.7.
	if (total > 1 + 1e-9)
		reader.fail('waves', `la somme des vagues dépasse 100 % (${Math.round(total * 1000) / 10} %).`);
	return waves;
}

function readAssumptions(
	reader: FieldReader,
	value: unknown,
	fallback: ScenarioAssumptions
): ScenarioAssumptions {
	const assumptions = structuredClone(fallback);
	if (value === undefined) return assumptions;
	if (!isJsonObject(value)) {
		reader.fail('assumptions', 'objet attendu.');
		return assumptions;
	}
	for (const [key, range] of Object.entries(value)) {
		if (!isAssumptionKey(key)) {
			reader.fail(`assumptions.${key}`, `hypothèse inconnue (connues : ${ASSUMPTION_KEYS.join(', ')}).`);
			continue;
		}
		assumptions[key] = reader.range(range, `assumptions.${key}`, key, fallback[key]);
	}
	return assumptions;
}

/**
 * Checks and completes a scenario. Missing top-level fields come from `template` (default "central");
 * missing line costs come from the catalogue entry named by `catalogueId` and its alternative (explicit
 * `alternativeId`, else the entry's first), when `catalogue` is given; otherwise they are 0, except the
 * unit price, which is then required.
 */
export function parseScenario(json: unknown, catalogue?: Catalogue): ParseScenarioResult {
	const reader = new FieldReader();
	if (!isJsonObject(json)) return { ok: false, errors: ['Le scénario doit être un objet JSON.'] };
	const raw: JsonObject = json;
	if (raw.schemaVersion !== undefined && raw.schemaVersion !== 1) {
		reader.fail('schemaVersion', `seule la version 1 est reconnue (reçu ${describe(raw.schemaVersion)}).`);
	}
	let templateId: TemplateId = 'central';
	if (raw.template !== undefined && raw.template !== null) {
		if (isTemplateId(raw.template)) templateId = raw.template;
		else reader.fail('template', `modèle inconnu ${describe(raw.template)} (prudent, central ou ambitious).`);
	}
	const template = SCENARIO_TEMPLATES[templateId];
	if (raw.name === undefined) reader.fail('name', 'champ obligatoire.');
	const name = reader.text(raw.name, 'name', '');
	const horizonYears = reader.integer(
		raw.horizonYears,
		'horizonYears',
		template.horizonYears,
		1,
		MAX_HORIZON_YEARS
	);
	const discountRate = reader.number(raw.discountRate, 'discountRate', 0, 0.5, template.discountRate);
	const waves = readWaves(reader, raw.waves, template.waves);
	const agentCount =
		raw.agentCount === null ? null : reader.integer(raw.agentCount, 'agentCount', Number.NaN);
	const assumptions = readAssumptions(reader, raw.assumptions, template.assumptions);
	const lines: ScenarioLine[] = [];
	if (!Array.isArray(raw.lines)) {
		reader.fail('lines', `liste de lignes attendue (reçu ${describe(raw.lines)}).`);
	} else {
		const seen = new Set<string>();
		raw.lines.forEach((rawLine, i) => {
			const line = readLine(reader, rawLine, `lines[${i}]`, catalogue);
			if (!line) return;
			if (line.id !== '' && seen.has(line.id))
				reader.fail(`lines[${i}].id`, `« ${line.id} » est déjà utilisé.`);
			seen.add(line.id);
			lines.push(line);
		});
	}
	if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
	const scenario: Scenario = {
		schemaVersion: 1,
		name,
		template: templateId,
		horizonYears,
		discountRate,
		waves,
		agentCount: Number.isNaN(agentCount) ? null : agentCount,
		assumptions,
		lines
	};
	return { ok: true, scenario };
}

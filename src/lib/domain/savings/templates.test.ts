import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/defaults';
import { createLineFromCatalogue, findDefaultAlternative } from './from-catalogue';
import { computeProjection } from './model';
import { createScenarioFromTemplate, SCENARIO_TEMPLATES } from './templates';
import { ASSUMPTION_KEYS, TEMPLATE_IDS } from './types';

function createOfficeLines() {
	return ['m365-business-standard', 'windows'].map((id) => {
		const entry = DEFAULT_CATALOGUE.entries.find((candidate) => candidate.id === id);
		if (!entry) throw new Error(id);
		return createLineFromCatalogue(entry, findDefaultAlternative(entry, DEFAULT_CATALOGUE), 500);
	});
}

describe('scenario templates', () => {
	test.each(TEMPLATE_IDS)('%s: waves add up to 100 %, pilot first, ranges ordered, French text', (id) => {
		const template = SCENARIO_TEMPLATES[id];
		expect(template.waves.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
		expect(template.waves[0]).toBe(Math.min(...template.waves));
		for (const key of ASSUMPTION_KEYS) {
			const { low, likely, high } = template.assumptions[key];
			expect(low <= likely && likely <= high).toBe(true);
		}
		expect(template.description).toMatch(/postes restent sous logiciel propriétaire/);
		expect(template.discountRate).toBe(0.032);
	});

	test('prudent ≤ central ≤ ambitious in NPV for the same product lines', () => {
		const npv = TEMPLATE_IDS.map(
			(id) => computeProjection(createScenarioFromTemplate(id, createOfficeLines())).npvCents
		);
		expect(npv[0]).toBeLessThan(npv[1]);
		expect(npv[1]).toBeLessThan(npv[2]);
	});

	test('a scenario from a template is an independent, JSON-serialisable copy', () => {
		const scenario = createScenarioFromTemplate('central', createOfficeLines(), { name: 'Mandat 2026' });
		scenario.waves[0] = 0.9;
		scenario.assumptions.residualShare.likely = 0.9;
		expect(SCENARIO_TEMPLATES.central.waves[0]).toBe(0.1);
		expect(SCENARIO_TEMPLATES.central.assumptions.residualShare.likely).toBe(0.15);
		expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
		expect(scenario.name).toBe('Mandat 2026');
	});
});

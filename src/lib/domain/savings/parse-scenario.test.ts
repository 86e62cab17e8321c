import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/defaults';
import { benchmarkMonteCarloInput } from './benchmark';
import { parseScenario } from './parse-scenario';
import { SCENARIO_TEMPLATES } from './templates';

const line = { id: 'bureautique', seats: 40, unitPriceCentsPerYear: 12_996 };

function parseOk(json: unknown) {
	const result = parseScenario(json, DEFAULT_CATALOGUE);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.scenario;
}

describe('parseScenario', () => {
	test('fills a minimal file from the central template', () => {
		const scenario = parseOk({ name: 'Essai', lines: [line] });
		expect(scenario).toMatchObject({
			schemaVersion: 1,
			template: 'central',
			horizonYears: 5,
			discountRate: 0.032,
			waves: SCENARIO_TEMPLATES.central.waves,
			agentCount: null,
			assumptions: SCENARIO_TEMPLATES.central.assumptions
		});
		expect(scenario.lines[0]).toMatchObject({
			...line,
			label: 'bureautique',
			oneOffCentsPerSeat: 0,
			residualShare: null
		});
	});

	test('fills a line from the catalogue entry and its first alternative', () => {
		const scenario = parseOk({
			name: 'Essai',
			lines: [{ id: 'm365', catalogueId: 'm365-business-standard', seats: 40 }]
		});
		expect(scenario.lines[0]).toMatchObject({
			unitPriceCentsPerYear: 12_996,
			alternativeId: 'libreoffice',
			oneOffCentsPerSeat: 8_900,
			trainingDaysPerAgent: 1
		});
	});

	test('an explicit price replaces the catalogue price schedule', () => {
		const json = { name: 'Essai', lines: [{ id: 'esu', catalogueId: 'windows-10-esu', seats: 3 }] };
		expect(parseOk(json).lines[0].priceScheduleCentsPerSeat).toHaveLength(3);
		json.lines[0] = { ...json.lines[0], ...{ unitPriceCentsPerYear: 5_000 } };
		expect(parseOk(json).lines[0].priceScheduleCentsPerSeat).toBeNull();
	});

	test('a number stands for a certain assumption and a template can be named', () => {
		const scenario = parseOk({
			name: 'Essai',
			template: 'prudent',
			assumptions: { residualShare: 0.2 },
			lines: []
		});
		expect(scenario.assumptions.residualShare).toEqual({ low: 0.2, likely: 0.2, high: 0.2 });
		expect(scenario.waves).toEqual(SCENARIO_TEMPLATES.prudent.waves);
	});

	test('a scenario survives a JSON round trip through the parser', () => {
		const scenario = benchmarkMonteCarloInput();
		expect(parseOk(JSON.parse(JSON.stringify(scenario)))).toStrictEqual(scenario);
	});

	test.each<[string, unknown, RegExp]>([
		['a value that is not an object', [1, 2], /Le scénario doit être un objet JSON/],
		[
			'an unknown schema version',
			{ name: 'x', schemaVersion: 2, lines: [] },
			/^schemaVersion : seule la version 1/
		],
		['a missing name', { lines: [] }, /^name : champ obligatoire/],
		[
			'an unknown template',
			{ name: 'x', template: 'audacieux', lines: [] },
			/^template : modèle inconnu « audacieux »/
		],
		[
			'a horizon of 0 years',
			{ name: 'x', horizonYears: 0, lines: [] },
			/^horizonYears : entier entre 1 et 30/
		],
		[
			'waves over 100 %',
			{ name: 'x', waves: [0.6, 0.6], lines: [] },
			/^waves : la somme des vagues dépasse 100 % \(120 %\)/
		],
		[
			'a negative wave',
			{ name: 'x', waves: [-0.1], lines: [] },
			/^waves\[0\] : doit être compris entre 0 et 1/
		],
		[
			'an unknown assumption',
			{ name: 'x', assumptions: { inflation: 0.02 }, lines: [] },
			/^assumptions\.inflation : hypothèse inconnue/
		],
		[
			'a range in the wrong order',
			{ name: 'x', assumptions: { dualRunningMonths: { low: 6, likely: 3, high: 12 } }, lines: [] },
			/low ≤ likely ≤ high/
		],
		[
			'a range missing its high point',
			{ name: 'x', assumptions: { dualRunningMonths: { low: 0, likely: 3 } }, lines: [] },
			/^assumptions\.dualRunningMonths\.high : valeur manquante/
		],
		[
			'a residual share above 1',
			{ name: 'x', assumptions: { residualShare: 1.5 }, lines: [] },
			/entre 0 et 1/
		],
		['no lines', { name: 'x' }, /^lines : liste de lignes attendue/],
		[
			'a line without seats',
			{ name: 'x', lines: [{ id: 'a', unitPriceCentsPerYear: 1 }] },
			/^lines\[0\]\.seats : champ obligatoire/
		],
		[
			'negative seats',
			{ name: 'x', lines: [{ ...line, seats: -3 }] },
			/^lines\[0\]\.seats : entier supérieur ou égal à 0 attendu \(reçu -3\)/
		],
		[
			'a price in fractional cents',
			{ name: 'x', lines: [{ ...line, unitPriceCentsPerYear: 10.5 }] },
			/^lines\[0\]\.unitPriceCentsPerYear : entier/
		],
		[
			'a missing price without catalogue entry',
			{ name: 'x', lines: [{ id: 'a', seats: 1 }] },
			/obligatoire quand aucune entrée du catalogue/
		],
		[
			'an unknown catalogue entry',
			{ name: 'x', lines: [{ id: 'a', seats: 1, catalogueId: 'lotus-notes' }] },
			/« lotus-notes » absent du catalogue/
		],
		[
			'two lines with the same id',
			{ name: 'x', lines: [line, line] },
			/^lines\[1\]\.id : « bureautique » est déjà utilisé/
		]
	])('rejects %s, in French', (_label, json, message) => {
		const result = parseScenario(json, DEFAULT_CATALOGUE);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.some((error) => message.test(error))).toBe(true);
	});

	test('reports every problem of a file at once', () => {
		const result = parseScenario({ horizonYears: 99, lines: [{ id: '' }] });
		const paths = (result.ok ? [] : result.errors).map((error) => error.split(' : ')[0]);
		expect(paths).toEqual([
			'name',
			'horizonYears',
			'lines[0].seats',
			'lines[0].id',
			'lines[0].unitPriceCentsPerYear'
		]);
	});

	test('without a catalogue, catalogue ids are kept but not resolved', () => {
		const result = parseScenario({ name: 'x', lines: [{ ...line, catalogueId: 'inconnue' }] });
		expect(result.ok && result.scenario.lines[0].catalogueId).toBe('inconnue');
	});
});

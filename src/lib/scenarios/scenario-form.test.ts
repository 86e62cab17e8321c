import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../domain/catalogue';
import { createScenarioFromTemplate, parseScenario, type Scenario } from '../domain/savings';
import { buildLinesFromInventory } from './lines-from-inventory';
import { applyChoice, fromFormState, readNumber, showNumber, toFormState } from './scenario-form';
import { fieldName, readFormState } from './scenario-form-fields';

const { lines } = buildLinesFromInventory(
	{
		year: 2025,
		basis: 'invoice',
		products: [
			{
				productId: 1,
				name: 'Microsoft 365 Business Standard',
				licenceModel: 'proprietary',
				catalogueId: 'm365-business-standard',
				spendCents: 5_745_600,
				seats: { paid: 380, paidSource: 'invoice', used: 309 }
			},
			{
				productId: 2,
				name: 'Windows 10 ESU',
				licenceModel: 'proprietary',
				catalogueId: 'windows-10-esu',
				spendCents: 806_400,
				seats: { paid: 120, paidSource: 'invoice', used: null }
			}
		]
	},
	DEFAULT_CATALOGUE
);

const parse = (json: unknown): Scenario => {
	const result = parseScenario(json, DEFAULT_CATALOGUE);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.scenario;
};

describe('toFormState and fromFormState', () => {
	test.each(['prudent', 'central', 'ambitious'] as const)(
		'the %s template survives a round trip',
		(template) => {
			const scenario = createScenarioFromTemplate(template, lines, { agentCount: 450 });
			expect(parse(fromFormState(toFormState(scenario, DEFAULT_CATALOGUE), DEFAULT_CATALOGUE))).toEqual(
				scenario
			);
		}
	);

	test('fields are in the units people type: %, € with a decimal comma, a bundle choice', () => {
		const state = toFormState(createScenarioFromTemplate('central', lines), DEFAULT_CATALOGUE);
		expect(state.assumptions.residualShare).toEqual({ low: '10', likely: '15', high: '30' });
		expect(state.assumptions.agentDayCostCents.likely).toBe('200');
		expect(state.waves).toEqual(['10', '40', '50', '0', '0']);
		expect(state.lines[0]).toMatchObject({
			unitPrice: '151,2',
			oneOff: '166',
			choice: 'bundle',
			residual: ''
		});
		expect(state.lines[1].schedule).toBe('134,4 ; 268,8');
	});

	test('typed values become model values', () => {
		const state = toFormState(createScenarioFromTemplate('central', lines), DEFAULT_CATALOGUE);
		state.assumptions.priceEscalationRate.likely = '4,5';
		state.lines[0].unitPrice = '1 200,50';
		state.lines[0].residual = '25';
		state.horizonYears = '2';
		const scenario = parse(fromFormState(state, DEFAULT_CATALOGUE));
		expect(scenario.assumptions.priceEscalationRate.likely).toBe(0.045);
		expect(scenario.lines[0]).toMatchObject({ unitPriceCentsPerYear: 120_050, residualShare: 0.25 });
		expect(scenario.waves).toEqual([0.1, 0.4]);
	});

	test.each([
		['seats', 'beaucoup', 'lines[0].seats'],
		['unitPrice', '', 'lines[0].unitPriceCentsPerYear']
	] as const)('an unreadable %s (%j) is reported by parseScenario at %s', (field, value, path) => {
		const state = toFormState(createScenarioFromTemplate('central', lines), DEFAULT_CATALOGUE);
		state.lines[0][field] = value;
		const result = parseScenario(fromFormState(state, DEFAULT_CATALOGUE), DEFAULT_CATALOGUE);
		expect(result.ok ? [] : result.errors.map((error) => error.split(' : ')[0])).toEqual([path]);
	});
});

describe('readFormState', () => {
	test('reads back the fields the page names', () => {
		const state = toFormState(createScenarioFromTemplate('prudent', lines), DEFAULT_CATALOGUE);
		const fields = new Map<string, string>([
			['name', state.name],
			['template', state.template],
			['horizonYears', state.horizonYears],
			['discountRate', state.discountRate],
			['agentCount', state.agentCount]
		]);
		state.waves.forEach((wave, t) => fields.set(fieldName.wave(t), wave));
		for (const [key, range] of Object.entries(state.assumptions))
			for (const point of ['low', 'likely', 'high'] as const)
				fields.set(fieldName.assumption(key as keyof typeof state.assumptions, point), range[point]);
		state.lines.forEach((line, i) => {
			for (const [field, value] of Object.entries(line))
				fields.set(fieldName.line(i, field as keyof typeof line), value);
		});
		expect(readFormState((name) => fields.get(name) ?? null)).toEqual(state);
	});
});

describe('applyChoice', () => {
	test.each([
		// LibreOffice alone: 89 € one-off, 5 € a year, 1 day.
		['libreoffice', { oneOff: '89', recurring: '5', trainingDays: '1', residual: '' }],
		// Bundle: 166 €, 89 € a year, 2.5 days.
		['bundle', { oneOff: '166', recurring: '89', trainingDays: '2,5', residual: '' }],
		// None: no switching cost, the whole line stays proprietary.
		['', { oneOff: '0', recurring: '0', trainingDays: '0', residual: '100' }]
	])('choosing %j takes the catalogue costs', (choice, expected) => {
		const state = toFormState(createScenarioFromTemplate('central', lines), DEFAULT_CATALOGUE);
		expect(applyChoice(state.lines[0], choice, DEFAULT_CATALOGUE)).toMatchObject({ choice, ...expected });
	});
});

describe('numbers as typed', () => {
	test.each([
		['1 234,5', 1234.5],
		['12.5', 12.5],
		['\u202f3\u00a0', 3],
		['-2', -2],
		['', Number.NaN],
		['1,2,3', Number.NaN],
		['abc', Number.NaN]
	])('%j reads %s', (text, value) => {
		expect(readNumber(text)).toBe(value);
	});

	test.each([
		[0.15 * 100, '15'],
		[151.2, '151,2'],
		[1 / 3, '0,333333']
	])('%s shows as %s', (value, text) => {
		expect(showNumber(value)).toBe(text);
	});
});

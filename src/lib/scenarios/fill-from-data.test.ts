import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../domain/catalogue';
import { parseScenario } from '../domain/savings';
import { createTestLine } from '../domain/savings/test-scenario';
import { fillScenarioFromData } from './fill-from-data';

const data = {
	lines: [
		createTestLine({
			id: 'm365',
			catalogueId: 'm365-business-standard',
			alternativeId: 'libreoffice',
			seats: 380,
			unitPriceCentsPerYear: 15_120,
			oneOffCentsPerSeat: 100,
			recurringCentsPerSeatYear: 200
		}),
		createTestLine({
			id: 'esu',
			catalogueId: 'windows-10-esu',
			seats: 120,
			unitPriceCentsPerYear: 6_720,
			priceScheduleCentsPerSeat: [13_440, 26_880],
			oneOffCentsPerSeat: 300
		})
	],
	agentCount: 450
};

describe('fillScenarioFromData', () => {
	test('a file without lines takes every line of the data and the agent count', () => {
		const { json, filled } = fillScenarioFromData({ name: 'Tout' }, data);
		expect(json).toMatchObject({ name: 'Tout', agentCount: 450, lines: data.lines });
		expect(filled).toHaveLength(2);
		const parsed = parseScenario(json, DEFAULT_CATALOGUE);
		expect(parsed.ok && parsed.scenario.lines.map((line) => line.seats)).toEqual([380, 120]);
	});

	test.each([
		// Only the catalogue id: seats, price (and the ESU schedule), alternative and costs from the data.
		[
			{ id: 'a', catalogueId: 'windows-10-esu' },
			{
				seats: 120,
				unitPriceCentsPerYear: 6_720,
				priceScheduleCentsPerSeat: [13_440, 26_880],
				oneOffCentsPerSeat: 300
			},
			4
		],
		// Explicit values win.
		[
			{ id: 'a', catalogueId: 'm365-business-standard', seats: 10 },
			{ seats: 10, unitPriceCentsPerYear: 15_120, alternativeId: 'libreoffice', oneOffCentsPerSeat: 100 },
			2
		],
		[
			{
				id: 'a',
				catalogueId: 'm365-business-standard',
				seats: 10,
				unitPriceCentsPerYear: 1,
				oneOffCentsPerSeat: 7
			},
			{ seats: 10, unitPriceCentsPerYear: 1, oneOffCentsPerSeat: 7, recurringCentsPerSeatYear: 200 },
			1
		],
		// A product the organisation does not have: left to parseScenario.
		[{ id: 'a', catalogueId: 'zoom-workplace' }, { id: 'a' }, 0],
		// Fully inline lines are untouched.
		[{ id: 'a', seats: 5, unitPriceCentsPerYear: 100 }, { id: 'a', seats: 5, unitPriceCentsPerYear: 100 }, 0]
	])('line %j becomes %j', (line, expected, fills) => {
		const { json, filled } = fillScenarioFromData({ name: 'x', agentCount: 1, lines: [line] }, data);
		expect((json as { lines: unknown[] }).lines[0]).toMatchObject(expected);
		expect(filled).toHaveLength(fills);
	});

	test('a line naming its alternative keeps the catalogue’s costs for it, not the data line’s', () => {
		const line = { id: 'a', catalogueId: 'm365-business-standard', alternativeId: 'onlyoffice' };
		const { json } = fillScenarioFromData({ name: 'x', agentCount: 1, lines: [line] }, data);
		expect((json as { lines: unknown[] }).lines[0]).toEqual({
			...line,
			seats: 380,
			unitPriceCentsPerYear: 15_120
		});
		const parsed = parseScenario(json, DEFAULT_CATALOGUE);
		// ONLYOFFICE in the shipped catalogue: 89 € one-off, 36 € a year.
		expect(parsed.ok && parsed.scenario.lines[0]).toMatchObject({
			oneOffCentsPerSeat: 8_900,
			recurringCentsPerSeatYear: 3_600
		});
	});

	test.each([
		['no organisation data', { name: 'x' }, null],
		['not an object', [1, 2], data],
		['not an object', 'texte', data]
	])('with %s the input is returned as is', (_case, raw, withData) => {
		expect(fillScenarioFromData(raw, withData)).toEqual({ json: raw, filled: [] });
	});
});

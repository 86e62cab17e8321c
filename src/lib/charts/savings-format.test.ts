import { describe, expect, test } from 'vitest';
import { formatAssumptionValue, formatYearLabel } from './savings-format';

const units = { months: '{n} mois', days: '{n} j' };

describe('formatAssumptionValue', () => {
	test.each([
		['residualShare', 0.15, '15\u00a0%'],
		['priceEscalationRate', 0.025, '2,5\u00a0%'],
		['agentDayCostCents', 20_000, '200\u00a0€'],
		['oneOffCostFactor', 1.5, '× 1,5'],
		['dualRunningMonths', 3, '3 mois'],
		['productivityDipDaysPerAgent', 0.5, '0,5 j']
	] as const)('%s = %s reads %s', (key, value, expected) => {
		expect(formatAssumptionValue(key, value, units)).toBe(expected);
	});

	test.each([
		[1, null, 'Année 1'],
		[3, 2026, 'Année 3 (2028)']
	])('year %i with a first year %s reads %s', (year, first, expected) => {
		expect(formatYearLabel(year, first, 'Année {year}')).toBe(expected);
	});
});

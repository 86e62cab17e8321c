import { describe, expect, test } from 'vitest';
import { createTestLine, createTestScenario } from '../savings/test-scenario';
import { computeFamilyPlans, computePlannedSeatsAt, computePlannedShareAt } from './migration-plan';

const FAMILIES: Record<string, string> = {
	'm365-business-standard': 'office-suite',
	'm365-e3': 'office-suite',
	'zoom-workplace': 'video'
};
const familyOf = (id: string | null) => (id ? (FAMILIES[id] ?? null) : null);

const scenario = createTestScenario(
	{
		horizonYears: 4,
		waves: [0.1, 0.4, 0.5],
		lines: [
			createTestLine({
				id: 'bs',
				label: 'BS',
				catalogueId: 'm365-business-standard',
				alternativeId: 'libreoffice',
				seats: 380
			}),
			createTestLine({
				id: 'e3',
				label: 'E3',
				catalogueId: 'm365-e3',
				alternativeId: 'libreoffice',
				seats: 40
			}),
			createTestLine({
				id: 'zoom',
				label: 'Zoom',
				catalogueId: 'zoom-workplace',
				seats: 25,
				residualShare: 0.2
			}),
			createTestLine({ id: 'x', label: 'Sans catalogue', seats: 10, residualShare: 1 })
		]
	},
	{ residualShare: 0.15 }
);

describe('computeFamilyPlans', () => {
	const plans = computeFamilyPlans(scenario, 2025, familyOf);
	const office = plans.find((p) => p.family === 'office-suite');

	test('groups lines by family, largest first, with the alternatives they switch to', () => {
		expect(plans.map((p) => p.family)).toEqual(['office-suite', 'video', 'other']);
		expect(office?.lines).toEqual(['BS', 'E3']);
		expect(office?.alternativeIds).toEqual(['libreoffice']);
	});

	test.each([
		// u = 420 × (1 − 0.15) = 357; C = 0.1, 0.5, 1, 1
		[2025, 0.1, 35.7],
		[2026, 0.5, 178.5],
		[2027, 1, 357],
		[2028, 1, 357]
	])('office suite in %s: C = %s, %s seats on the alternative', (year, share, seats) => {
		const y = office?.years.find((row) => row.year === year);
		expect(y?.cumulativeShare).toBeCloseTo(share);
		expect(y?.plannedSeats).toBeCloseTo(seats);
	});

	test.each([
		['video', 20],
		['other', 0]
	])('the line’s own residual share applies (%s: %s migratable seats)', (family, migratable) => {
		expect(plans.find((p) => p.family === family)?.migratableSeats).toBeCloseTo(migratable);
	});
});

describe('computePlannedShareAt', () => {
	const [office] = computeFamilyPlans(scenario, 2025, familyOf);
	test.each([
		['2024-12-31', 0],
		['2025-06-01', 0.1],
		['2026-01-01', 0.5],
		['2040-01-01', 1]
	])('on %s the plan has switched %s of the migratable seats', (date, share) => {
		expect(computePlannedShareAt(office, date)).toBeCloseTo(share);
		expect(computePlannedSeatsAt(office, date)).toBeCloseTo(share * 357);
	});
	test('an empty plan plans nothing', () => {
		expect(computePlannedShareAt({ years: [] }, '2025-01-01')).toBe(0);
	});
});

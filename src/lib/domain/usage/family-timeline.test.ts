import { describe, expect, test } from 'vitest';
import type { FamilyAdoption } from './adoption';
import { computeFamilyTimeline } from './family-timeline';
import type { FamilyPlan } from './migration-plan';

const plan: FamilyPlan = {
	family: 'office-suite',
	lines: ['BS'],
	catalogueIds: ['m365-business-standard'],
	alternativeIds: ['libreoffice'],
	seats: 420,
	migratableSeats: 357,
	years: [
		{ year: 2026, wave: 0.1, cumulativeShare: 0.1, plannedSeats: 35.7 },
		{ year: 2027, wave: 0.4, cumulativeShare: 0.5, plannedSeats: 178.5 },
		{ year: 2028, wave: 0.5, cumulativeShare: 1, plannedSeats: 357 }
	]
};
const adoption: FamilyAdoption = {
	family: 'office-suite',
	measurable: true,
	points: [
		{ date: '2025-06-01', proprietaryActive: 368, openSourceActive: 0, realisedSeats: 0 },
		{ date: '2025-12-01', proprietaryActive: 347, openSourceActive: 0, realisedSeats: 21 }
	]
};

describe('computeFamilyTimeline', () => {
	test.each<
		[string, FamilyPlan | null, FamilyAdoption | null, number, string[], (number | null)[], (number | null)[]]
	>([
		[
			'reports before the plan, then its first milestone',
			plan,
			adoption,
			2026,
			['2025-06-01', '2025-12-01', '2026-01-01'],
			[0, 0, 35.7],
			[0, 21, null]
		],
		[
			'milestones up to the last year asked',
			plan,
			null,
			2027,
			['2026-01-01', '2027-01-01'],
			[35.7, 178.5],
			[null, null]
		],
		[
			'no plan: measured values only',
			null,
			adoption,
			2030,
			['2025-06-01', '2025-12-01'],
			[null, null],
			[0, 21]
		],
		['nothing', null, null, 2030, [], [], []]
	])('%s', (_name, p, a, lastYear, dates, planned, realised) => {
		const t = computeFamilyTimeline(p, a, lastYear);
		expect(t.dates).toEqual(dates);
		t.planned.forEach((v, i) =>
			v === null ? expect(planned[i]).toBeNull() : expect(v).toBeCloseTo(planned[i] ?? NaN)
		);
		expect(t.realised).toEqual(realised);
	});

	test('active users of each side are carried at report dates only', () => {
		const t = computeFamilyTimeline(plan, adoption, 2026);
		expect(t.proprietaryActive).toEqual([368, 347, null]);
		expect(t.openSourceActive).toEqual([0, 0, null]);
	});
});

import { describe, expect, test } from 'vitest';
import { computeNearestRank, computeOrgFigures, computePeerComparison, type OrgSpendInput } from './peers';

describe('computePeerComparison', () => {
	test.each<[string, number | null, (number | null)[], boolean, number]>([
		['no peer', 10, [], false, 0],
		['4 peers are too few', 10, [1, 2, 3, 4], false, 4],
		['peers without a value are not counted', 10, [1, 2, 3, 4, null, null], false, 4],
		['5 peers are enough', 10, [1, 2, 3, 4, 5], true, 5]
	])('%s: shown = %s', (_name, own, peers, available, count) => {
		const c = computePeerComparison(own, peers);
		expect(c.available).toBe(available);
		expect(c.peers).toBe(count);
	});

	test.each<[number | null, 'below' | 'within' | 'above' | null]>([
		[1, 'below'],
		[30, 'within'],
		[99, 'above'],
		[null, null]
	])('an organisation at %s stands %s the peers’ quartiles', (own, position) => {
		const c = computePeerComparison(own, [50, 10, 40, 20, 30, 60, 70, 80]);
		expect(c).toMatchObject({ available: true, p25: 20, median: 40, p75: 60, position });
	});

	test('a caller cannot lower the threshold below 5', () => {
		expect(computePeerComparison(1, [1, 2, 3], 2).available).toBe(false);
	});
});

describe('computeNearestRank', () => {
	test.each([
		[[10], 0.5, 10],
		[[10, 20, 30, 40], 0.5, 20],
		[[10, 20, 30, 40], 0.75, 30],
		[[10, 20, 30, 40, 50], 0.25, 20]
	])('%j at %s is %s', (values, p, expected) => {
		expect(computeNearestRank(values, p)).toBe(expected);
	});
});

describe('computeOrgFigures', () => {
	const row = (orgId: number, agentCount: number | null, fields: Partial<OrgSpendInput>): OrgSpendInput => ({
		orgId,
		agentCount,
		year: 2025,
		sourceKind: 'invoice',
		licenceModel: 'proprietary',
		cents: 0,
		lines: 1,
		...fields
	});
	test.each<[string, OrgSpendInput[], number | null, number | null]>([
		[
			'spend per agent and proprietary share of the latest year',
			[
				row(1, 100, { cents: 90_000 }),
				row(1, 100, { licenceModel: 'open-source', cents: 10_000 }),
				row(1, 100, { year: 2024, cents: 1_000_000 })
			],
			1_000,
			0.9
		],
		['no agent count: no spend per agent', [row(2, null, { cents: 5_000 })], null, 1],
		[
			'nothing classified: no proprietary share',
			[row(3, 10, { licenceModel: null, cents: 5_000 })],
			500,
			null
		]
	])('%s', (_name, rows, perAgent, share) => {
		const [figures] = computeOrgFigures(rows).values();
		expect(figures).toEqual({ spendPerAgentCents: perAgent, proprietaryShare: share });
	});
});

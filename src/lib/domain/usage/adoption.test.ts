import { describe, expect, test } from 'vitest';
import { computeFamilyAdoption, computeServiceAdoption, type ProductSide, type UsagePoint } from './adoption';

const APPS = 16;
const LIBRE = 14;
const TEAMS = 4;
const products: ProductSide[] = [
	{ productId: APPS, family: 'office-suite', licenceModel: 'proprietary' },
	{ productId: LIBRE, family: 'office-suite', licenceModel: 'open-source' },
	{ productId: TEAMS, family: 'messaging', licenceModel: 'proprietary' },
	{ productId: 99, family: 'other', licenceModel: null }
];
const point = (
	productId: number,
	reportDate: string,
	service: string,
	agents: number,
	activeAgents: number
): UsagePoint => ({
	productId,
	reportDate,
	service,
	agents,
	activeAgents
});

const june = '2025-06-01';
const dec = '2025-12-01';
const points: UsagePoint[] = [
	point(APPS, june, 'Culture', 50, 46),
	point(APPS, june, 'Finances', 14, 14),
	point(APPS, june, 'Police', 3, 3),
	point(APPS, dec, 'Culture', 50, 30),
	point(APPS, dec, 'Finances', 14, 13),
	point(APPS, dec, 'Police', 3, 3),
	point(TEAMS, dec, 'Culture', 50, 20),
	point(99, dec, 'Culture', 50, 20)
];

describe('computeFamilyAdoption', () => {
	test.each<[string, UsagePoint[], { date: string; prop: number; os: number; realised: number }[]]>([
		[
			'proprietary active users falling is a realised migration',
			points,
			[
				{ date: june, prop: 63, os: 0, realised: 0 },
				{ date: dec, prop: 46, os: 0, realised: 17 }
			]
		],
		[
			'open-source users rising more than proprietary users fall: the larger side counts, not the sum',
			[...points, point(LIBRE, june, 'Culture', 50, 0), point(LIBRE, dec, 'Culture', 50, 25)],
			[
				{ date: june, prop: 63, os: 0, realised: 0 },
				{ date: dec, prop: 46, os: 25, realised: 25 }
			]
		],
		[
			'an alternative first reported later is compared with its own first report',
			[...points, point(LIBRE, dec, 'Culture', 50, 40)],
			[
				{ date: june, prop: 63, os: 0, realised: 0 },
				{ date: dec, prop: 46, os: 40, realised: 17 }
			]
		],
		[
			'usage that grew reads as a negative migration',
			[point(APPS, june, 'Culture', 50, 30), point(APPS, dec, 'Culture', 50, 35)],
			[
				{ date: june, prop: 30, os: 0, realised: 0 },
				{ date: dec, prop: 35, os: 0, realised: -5 }
			]
		]
	])('%s', (_name, input, expected) => {
		const office = computeFamilyAdoption(input, products).find((f) => f.family === 'office-suite');
		expect(
			office?.points.map((p) => ({
				date: p.date,
				prop: p.proprietaryActive,
				os: p.openSourceActive,
				realised: p.realisedSeats
			}))
		).toEqual(expected);
		expect(office?.measurable).toBe(true);
	});

	test('a family with one report cannot measure a change; unclassified products are left out', () => {
		const families = computeFamilyAdoption(points, products);
		expect(families.map((f) => [f.family, f.measurable])).toEqual([
			['messaging', false],
			['office-suite', true]
		]);
	});
});

describe('computeServiceAdoption', () => {
	test('per service, the first and latest reports of the family’s products', () => {
		expect(computeServiceAdoption(points, products, 'office-suite')).toEqual([
			{
				service: 'Culture',
				agents: 50,
				firstActive: 46,
				latestActive: 30,
				realisedSeats: 16,
				realisedShare: 16 / 46
			},
			{
				service: 'Finances',
				agents: 14,
				firstActive: 14,
				latestActive: 13,
				realisedSeats: 1,
				realisedShare: 1 / 14
			},
			{ service: 'Police', agents: 3, firstActive: 3, latestActive: 3, realisedSeats: 0, realisedShare: 0 }
		]);
	});

	test.each([
		['messaging', 0],
		['video', 0]
	])('a family with a single report (%s) gives %s service rows', (family, rows) => {
		expect(computeServiceAdoption(points, products, family)).toHaveLength(rows);
	});
});

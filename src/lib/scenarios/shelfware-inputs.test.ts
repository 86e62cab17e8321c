import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../domain/catalogue';
import { computeShelfware } from '../domain/savings';
import { buildShelfwareInputs, type ShelfwareProductInput } from './shelfware-inputs';

const m365: ShelfwareProductInput = {
	productId: 2,
	name: 'Microsoft 365 Business Standard',
	catalogueId: 'm365-business-standard',
	spendCents: 5_745_600,
	seats: { paid: 380, used: 309, usedSource: 'holders' },
	latestReportDate: null
};
const services = [
	{ productId: 2, service: 'Finances', licensed: 2, active: 2, asOf: '2025-12-01' },
	{ productId: 2, service: 'Services techniques', licensed: 125, active: 100, asOf: '2025-12-01' },
	{ productId: 2, service: 'Éducation', licensed: 250, active: 207, asOf: '2025-12-01' }
];

describe('buildShelfwareInputs', () => {
	test('splits a product by service and keeps the unassigned licences apart', () => {
		const { inputs, asOf } = buildShelfwareInputs([m365], services, DEFAULT_CATALOGUE);
		expect(inputs.map((input) => [input.service, input.seatsPaid, input.seatsActive])).toEqual([
			['Finances', 2, 2],
			['Services techniques', 125, 100],
			['Éducation', 250, 207],
			// 380 paid − 377 assigned: paid for nobody.
			[null, 3, 0]
		]);
		expect(inputs[0].unitPriceCentsPerYear).toBe(15_120);
		expect(asOf).toEqual({ 'Microsoft 365 Business Standard': '2025-12-01' });
	});

	test('the product total matches the inventory: 380 paid − 309 active = 71 unused', () => {
		const report = computeShelfware(buildShelfwareInputs([m365], services, DEFAULT_CATALOGUE).inputs);
		expect(report.byProduct[0]).toMatchObject({ seatsPaid: 380, seatsActive: 309, unusedSeats: 71 });
		// 71 × 151.20 €.
		expect(report.totalAnnualSavingCents).toBe(71 * 15_120);
	});

	test.each([
		// Holders counted through another subscription (Teams in a suite): more holders than seats paid.
		[
			'more holders than seats paid',
			{ seats: { paid: 40, used: 347, usedSource: 'holders' as const } },
			[[null, 40, 347]]
		],
		// Activity from the product's own usage report: no service split.
		[
			'a usage report without services',
			{ seats: { paid: 380, used: 309, usedSource: 'usage-report' as const } },
			[[null, 380, 309]]
		]
	])('%s gives one row for the whole product', (_case, fields, expected) => {
		const { inputs } = buildShelfwareInputs([{ ...m365, ...fields }], services, DEFAULT_CATALOGUE);
		expect(inputs.map((input) => [input.service, input.seatsPaid, input.seatsActive])).toEqual(expected);
	});

	test('services whose activity is unknown (users export without dates) are not split', () => {
		const undated = services.map((row) => ({ ...row, asOf: '' }));
		const { inputs } = buildShelfwareInputs([m365], undated, DEFAULT_CATALOGUE);
		expect(inputs).toHaveLength(1);
	});

	test.each([
		[
			'no usage report',
			{ seats: { paid: 34, used: null, usedSource: null } },
			{ withoutUsage: [{ name: 'Microsoft 365 Business Standard', seatsPaid: 34 }] }
		],
		['no seats paid', { seats: { paid: null, used: 347, usedSource: null } }, { withoutUsage: [] }]
	] as const)('a product with %s is not counted', (_case, fields, expected) => {
		const result = buildShelfwareInputs([{ ...m365, ...fields }], [], DEFAULT_CATALOGUE);
		expect(result.inputs).toEqual([]);
		expect(result.withoutUsage).toEqual(expected.withoutUsage);
	});

	test('without spend the catalogue price is used, and said so', () => {
		// Business Standard: 10.83 € a month in the catalogue, × 12.
		const result = buildShelfwareInputs([{ ...m365, spendCents: 0 }], [], DEFAULT_CATALOGUE);
		expect(result.inputs[0].unitPriceCentsPerYear).toBe(1_083 * 12);
		expect(result.pricedFromCatalogue).toEqual(['Microsoft 365 Business Standard']);
	});
});

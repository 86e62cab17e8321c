import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../domain/catalogue';
import { buildLinesFromInventory, shiftSchedule, type InventoryProductInput } from './lines-from-inventory';

let nextId = 1;
type ProductFields = Partial<Omit<InventoryProductInput, 'seats'>> & {
	seats?: Partial<InventoryProductInput['seats']>;
};
function product(fields: ProductFields): InventoryProductInput {
	return {
		productId: nextId++,
		name: 'Produit',
		licenceModel: 'proprietary',
		catalogueId: null,
		spendCents: 0,
		...fields,
		seats: { paid: null, paidSource: null, used: null, ...fields.seats }
	};
}

const build = (...products: InventoryProductInput[]) =>
	buildLinesFromInventory({ year: 2025, basis: 'invoice', products }, DEFAULT_CATALOGUE);

describe('buildLinesFromInventory', () => {
	test('prices a seat at what the invoices say: spend ÷ seats paid', () => {
		// 57,456 € TTC for 380 seats = 151.20 € per seat and per year.
		const { lines, evidence } = build(
			product({
				name: 'Microsoft 365 Business Standard',
				catalogueId: 'm365-business-standard',
				spendCents: 5_745_600,
				seats: { paid: 380, paidSource: 'invoice', used: 309 }
			})
		);
		expect(lines[0]).toMatchObject({
			id: 'm365-business-standard',
			seats: 380,
			unitPriceCentsPerYear: 15_120,
			alternativeId: 'libreoffice',
			oneOffCentsPerSeat: 16_600,
			recurringCentsPerSeatYear: 8_900,
			trainingDaysPerAgent: 2.5,
			residualShare: null
		});
		expect(lines[0].label).toBe(
			'Microsoft 365 Business Standard → LibreOffice + Nextcloud + SOGo + Jitsi Meet + Tchap (Matrix)'
		);
		expect(evidence[0]).toMatchObject({ priceFrom: 'spend', seatsPaid: 380, seatsUsed: 309, year: 2025 });
	});

	test.each([
		// Seats without spend: the catalogue's list price, monthly × 12 (Zoom: 11.46 € a month).
		['seats but no spend', { spendCents: 0, seats: { paid: 25 } }, 25, 1_146 * 12, 'catalogue'],
		// A site without a seat count counts as one site priced at its whole spend.
		['a site without seats', { catalogueId: 'google-maps', spendCents: 364_224 }, 1, 364_224, 'spend'],
		// 1,001 cents for 3 seats: 333.67 rounds to 334.
		['an uneven spend', { spendCents: 1_001, seats: { paid: 3 } }, 3, 334, 'spend']
	] satisfies [string, ProductFields, number, number, string][])(
		'%s',
		(_case, fields, seats, price, from) => {
			const { lines, evidence } = build(product({ catalogueId: 'zoom-workplace', ...fields }));
			expect([lines[0].seats, lines[0].unitPriceCentsPerYear, evidence[0].priceFrom]).toEqual([
				seats,
				price,
				from
			]);
		}
	);

	test.each([
		[
			'open source',
			product({ licenceModel: 'open-source', catalogueId: 'libreoffice', spendCents: 1_000 }),
			[]
		],
		['no spend, no seats', product({ catalogueId: 'm365-apps-business', seats: { used: 347 } }), []],
		['unknown to the catalogue', product({ name: 'Finaxis', spendCents: 1_776_000 }), ['no-catalogue-entry']],
		['per user without seats', product({ catalogueId: 'zoom-workplace', spendCents: 5_000 }), ['no-seats']]
	])('a product %s gives no line', (_case, input, reasons) => {
		const result = build(input);
		expect(result.lines).toEqual([]);
		expect(result.skipped.map((s) => s.reason)).toEqual(reasons);
	});

	test('two products of one family get distinct line ids', () => {
		const a = product({ catalogueId: 'windows', spendCents: 100, seats: { paid: 1 } });
		const b = product({ catalogueId: 'windows', spendCents: 100, seats: { paid: 1 } });
		expect(build(a, b).lines.map((line) => line.id)).toEqual(['windows', `windows-${b.productId}`]);
	});

	test('Windows 10 ESU: the schedule starts at its 2nd year in 2026 and keeps the price paid', () => {
		// 8,064 € for 120 devices = 67.20 € in 2025 (ESU year 1); years 2 and 3 double, then nothing.
		const { lines, evidence, firstCalendarYear } = build(
			product({ catalogueId: 'windows-10-esu', spendCents: 806_400, seats: { paid: 120 } })
		);
		expect(firstCalendarYear).toBe(2026);
		expect(lines[0].priceScheduleCentsPerSeat).toEqual([13_440, 26_880]);
		expect(lines[0].hardwareCentsPerSeatYear).toBe(0);
		expect(evidence[0].scheduleShift).toBe(1);
	});

	test('Windows on a workstation carries the avoided hardware renewal of the catalogue', () => {
		const { lines } = build(product({ catalogueId: 'windows', spendCents: 573_120, seats: { paid: 24 } }));
		expect(lines[0]).toMatchObject({ unitPriceCentsPerYear: 23_880, hardwareCentsPerSeatYear: 4_500 });
	});

	test('without data there is no first calendar year', () => {
		expect(
			buildLinesFromInventory({ year: null, basis: null, products: [] }, DEFAULT_CATALOGUE).firstCalendarYear
		).toBeNull();
	});
});

describe('shiftSchedule', () => {
	test.each([
		[[100, 200, 400], 0, null, [100, 200, 400]],
		[[100, 200, 400], 1, null, [200, 400]],
		[[100, 200, 400], 1, 150, [300, 600]],
		[[100, 200, 400], 3, 150, []],
		[[0, 200], 1, 150, [200]]
	])('%j shifted by %i at a paid price of %s gives %j', (schedule, shift, paid, expected) => {
		expect(shiftSchedule(schedule, shift, paid)).toEqual(expected);
	});
});

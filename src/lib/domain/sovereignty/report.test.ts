import { describe, expect, test } from 'vitest';
import { DEFAULT_COMPOSITE_WEIGHTS } from './composite';
import { INVENTORY_INDICATOR_IDS } from './indicators';
import { computeAllIndicators, toIndicatorRows } from './report';
import { SEAL_DISCLAIMER } from './seal-product';
import { createUnknownProduct, type InventoryLine } from './types';

const INVENTORY: InventoryLine[] = [
	{
		product: {
			...createUnknownProduct('LibreOffice', 'office-suite'),
			vendor: 'TDF',
			vendorCountry: 'DE',
			licenceModel: 'open-source',
			hosting: 'on-premises',
			openFormats: true,
			documentedOpenExport: true,
			supplyChain: 'eu',
			sillId: 's1'
		},
		seats: 20,
		spendCents: 10_000
	}
];

const ROW_IDS = [
	...INVENTORY_INDICATOR_IDS,
	'seal-2-plus-seats-share',
	'seal-3-plus-seats-share',
	'seal-score',
	'composite-score'
];

describe('computeAllIndicators and the CLI rows', () => {
	test('the rows list every indicator, then the SEAL-like and composite scores', () => {
		const rows = toIndicatorRows(computeAllIndicators(INVENTORY));
		expect(rows.map((r) => r.id)).toEqual(ROW_IDS);
		for (const row of rows)
			expect(Object.keys(row).sort()).toEqual(
				row.id === 'seal-score'
					? ['coverage', 'id', 'level', 'name', 'unit', 'value']
					: ['coverage', 'id', 'name', 'unit', 'value']
			);
	});

	test.each([
		['open-source-seats-share', 1, 'ratio'],
		['vendor-hhi', 10_000, 'hhi'],
		['seal-score', 100, 'score'],
		// one vendor: vendor diversity is 0 and costs its 10 default points
		['composite-score', 90, 'score']
	])('a single sovereign free product from one vendor gives %s = %s (%s)', (id, value, unit) => {
		const row = toIndicatorRows(computeAllIndicators(INVENTORY)).find((r) => r.id === id);
		expect(row?.value).toBeCloseTo(value, 9);
		expect(row?.unit).toBe(unit);
	});

	test('the SEAL-like row carries the overall level, and the report its disclaimer', () => {
		const report = computeAllIndicators(INVENTORY);
		expect(toIndicatorRows(report).find((r) => r.id === 'seal-score')?.level).toBe(4);
		expect(report.disclaimer).toBe(SEAL_DISCLAIMER);
	});

	test('custom weights reach the composite score', () => {
		const onlyOpenSource = {
			...DEFAULT_COMPOSITE_WEIGHTS,
			jurisdiction: 0,
			'data-location': 0,
			'open-formats': 0,
			reversibility: 0,
			'vendor-diversity': 0,
			mutualisation: 0
		};
		const mixed: InventoryLine[] = [
			...INVENTORY,
			{ product: { ...createUnknownProduct('Word'), licenceModel: 'proprietary' }, seats: 80, spendCents: 0 }
		];
		// 20 of 100 seats on free software
		expect(computeAllIndicators(mixed, onlyOpenSource).composite.score).toBeCloseTo(20, 9);
	});

	test('an empty inventory gives null values and zero coverage everywhere, as JSON', () => {
		const rows = toIndicatorRows(computeAllIndicators([]));
		expect(rows.every((r) => r.value === null && r.coverage === 0)).toBe(true);
		expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
	});
});

import { describe, expect, test } from 'vitest';
import { formatPercent } from '../money';
import { computeInventoryIndicators, findIndicator, INVENTORY_INDICATOR_IDS } from './indicators';
import { createUnknownProduct, type InventoryLine, type SovereigntyAttributes } from './types';

function line(
	name: string,
	attributes: Partial<SovereigntyAttributes>,
	seats: number,
	spendCents: number
): InventoryLine {
	return { product: { ...createUnknownProduct(name), ...attributes }, seats, spendCents };
}

// 300 seats, 15 000 € in all; "Logiciel métier X" (50 seats, 3 000 €) is entirely unknown.
const INVENTORY: InventoryLine[] = [
	line(
		'Microsoft 365',
		{
			vendor: 'Microsoft',
			vendorCountry: 'US',
			category: 'office-suite',
			licenceModel: 'proprietary',
			hosting: 'eu-cloud',
			openFormats: false,
			documentedOpenExport: true,
			providerCount: 1
		},
		60,
		600_000
	),
	line(
		'LibreOffice',
		{
			vendor: 'The Document Foundation',
			vendorCountry: 'DE',
			category: 'office-suite',
			licenceModel: 'open-source',
			hosting: 'on-premises',
			openFormats: true,
			documentedOpenExport: true,
			sillId: 'sill-libreoffice'
		},
		40,
		100_000
	),
	line(
		'Windows 11',
		{
			vendor: 'microsoft ',
			vendorCountry: 'US',
			category: 'operating-system',
			licenceModel: 'proprietary',
			hosting: 'on-premises',
			documentedOpenExport: false,
			providerCount: 1
		},
		100,
		300_000
	),
	line(
		'Nextcloud',
		{
			vendor: 'Hébergeur FR',
			vendorCountry: 'FR',
			category: 'file-sharing',
			licenceModel: 'open-source',
			hosting: 'eu-cloud',
			openFormats: true,
			documentedOpenExport: true,
			comptoirId: 'cdl-7'
		},
		50,
		200_000
	),
	line('Logiciel métier X', { category: 'erp' }, 50, 300_000)
];

// Hand-computed from INVENTORY (see the comment above each group).
const EXPECTED: [string, number, number][] = [
	// open source: seats 90/250, spend 3 000/12 000 €; licence known for 250/300 seats and 12 000/15 000 €
	['open-source-seats-share', 0.36, 250 / 300],
	['open-source-spend-share', 0.25, 0.8],
	// exposed: Microsoft 365 (US vendor, EU cloud) and Windows (US vendor): 9 000 €, 160 seats
	['non-eu-spend', 900_000, 0.8],
	['non-eu-spend-share', 0.75, 0.8],
	['non-eu-seats-share', 0.64, 250 / 300],
	// hosting known for 250 seats: on premises 140, EU cloud 110
	['hosting-on-premises-share', 0.56, 250 / 300],
	['hosting-eu-cloud-share', 0.44, 250 / 300],
	['hosting-secnumcloud-share', 0, 250 / 300],
	['hosting-non-eu-cloud-share', 0, 250 / 300],
	// vendors: Microsoft 9 000 € (two spellings), TDF 1 000 €, Hébergeur FR 2 000 €
	['top-vendor-spend-share', 0.75, 0.8],
	['vendor-hhi', 75 ** 2 + (100 / 12) ** 2 + (100 / 6) ** 2, 0.8],
	// open formats known for 150 seats (60 no, 90 yes)
	['open-formats-seats-share', 0.6, 0.5],
	// reversible: LibreOffice and Nextcloud (export + open source) = 3 000 € of 12 000 €
	['reversible-spend-share', 0.25, 0.8],
	// referenced: LibreOffice (SILL), Nextcloud (Comptoir) among 4 known tools; 90 of 250 seats
	['mutualised-tools-share', 0.5, 250 / 300],
	['mutualised-seats-share', 0.36, 250 / 300]
];

describe('inventory indicators on a hand-computed inventory', () => {
	const indicators = computeInventoryIndicators(INVENTORY);

	test('every indicator is returned once, in the documented order', () => {
		expect(indicators.map((i) => i.id)).toEqual([...INVENTORY_INDICATOR_IDS]);
		expect(EXPECTED.map(([id]) => id).sort()).toEqual([...INVENTORY_INDICATOR_IDS].sort());
	});

	test.each(EXPECTED)('%s = %s with coverage %s', (id, value, coverage) => {
		const indicator = findIndicator(indicators, id);
		expect(indicator?.value).toBeCloseTo(value, 9);
		expect(indicator?.coverage).toBeCloseTo(coverage, 9);
		expect(indicator?.lowCoverage).toBe(coverage < 0.8);
	});

	test('spend exposed to non-EU law is an integer number of cents', () => {
		expect(Number.isInteger(findIndicator(indicators, 'non-eu-spend')?.value)).toBe(true);
	});

	test.each([
		['open-source-seats-share', `${formatPercent(0.36)} des postes utilisent des logiciels libres.`],
		[
			'top-vendor-spend-share',
			`Le premier fournisseur, Microsoft, reçoit ${formatPercent(0.75)} des dépenses`
		],
		['vendor-hhi', 'très concentrée'],
		['open-formats-seats-share', `information connue pour seulement ${formatPercent(0.5)} des postes`],
		['mutualised-tools-share', `2 outil(s) sur 4 (${formatPercent(0.5)})`]
	])('the reading of %s is built from its value', (id, fragment) => {
		expect(findIndicator(indicators, id)?.reading).toContain(fragment);
	});

	test('every indicator carries a French name, definition, formula and inputs', () => {
		for (const indicator of indicators) {
			expect(indicator.name.length).toBeGreaterThan(0);
			expect(indicator.definition.length).toBeGreaterThan(20);
			expect(indicator.formula.length).toBeGreaterThan(10);
			expect(indicator.inputs.length).toBeGreaterThan(0);
		}
	});
});

describe('inventory indicators when data are missing', () => {
	test.each(INVENTORY_INDICATOR_IDS)('an empty inventory gives no value and zero coverage for %s', (id) => {
		const indicator = findIndicator(computeInventoryIndicators([]), id);
		expect(indicator?.value).toBeNull();
		expect(indicator?.coverage).toBe(0);
		expect(indicator?.lowCoverage).toBe(true);
		expect(indicator?.reading).toBe('Aucune donnée : l’inventaire est vide.');
	});

	test.each(INVENTORY_INDICATOR_IDS)('products with only unknown attributes leave %s without value', (id) => {
		const unknown = [line('A', {}, 10, 1000), line('B', {}, 5, 500)];
		const indicator = findIndicator(computeInventoryIndicators(unknown), id);
		expect(indicator?.value).toBeNull();
		expect(indicator?.coverage).toBe(0);
		expect(indicator?.reading).toMatch(/^Donnée inconnue : il manque /);
	});

	test.each([
		['open-source-seats-share', 10, 0, 1],
		['open-source-spend-share', 10, 0, null],
		['open-source-spend-share', 0, 500, 1],
		['open-source-seats-share', 0, 500, null]
	])('%s with %s seats and %s cents gives %s', (id, seats, spendCents, expected) => {
		const free = [line('Firefox', { licenceModel: 'open-source' }, seats, spendCents)];
		expect(findIndicator(computeInventoryIndicators(free), id)?.value).toBe(expected);
	});

	test('a credit note (negative spend) weighs nothing instead of lowering a share', () => {
		const inventory = [
			line('A', { licenceModel: 'open-source' }, 1, 1000),
			line('B', { licenceModel: 'proprietary' }, 1, -1000)
		];
		expect(findIndicator(computeInventoryIndicators(inventory), 'open-source-spend-share')?.value).toBe(1);
	});
});

describe('extreme inventories', () => {
	test.each([
		[['Microsoft'], 10_000, 1],
		[['Microsoft', 'MICROSOFT '], 10_000, 1],
		[['A', 'B'], 5000, 0.5],
		[['A', 'B', 'C', 'D'], 2500, 0.25]
	])('vendors %j with equal spend give HHI %s and top share %s', (vendors, hhi, top) => {
		const inventory = vendors.map((vendor, i) => line(`P${i}`, { vendor }, 1, 1000));
		const indicators = computeInventoryIndicators(inventory);
		expect(findIndicator(indicators, 'vendor-hhi')?.value).toBeCloseTo(hhi, 9);
		expect(findIndicator(indicators, 'top-vendor-spend-share')?.value).toBeCloseTo(top, 9);
	});

	test.each(['open-source-seats-share', 'open-source-spend-share', 'reversible-spend-share'])(
		'an all open-source inventory with open exports gives %s = 1',
		(id) => {
			const inventory = [
				line('LibreOffice', { licenceModel: 'open-source', documentedOpenExport: true }, 30, 1000),
				line('Thunderbird', { licenceModel: 'open-source', documentedOpenExport: true }, 20, 0)
			];
			expect(findIndicator(computeInventoryIndicators(inventory), id)?.value).toBe(1);
		}
	);
});

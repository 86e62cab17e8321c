import { describe, expect, test } from 'vitest';
import { computeCompleteness } from './completeness';
import { createUnknownProduct, type InventoryLine, type SovereigntyAttributes } from './types';

const line = (
	name: string,
	attributes: Partial<SovereigntyAttributes>,
	seats: number,
	spendCents: number
): InventoryLine => ({ product: { ...createUnknownProduct(name), ...attributes }, seats, spendCents });

const COMPLETE: Partial<SovereigntyAttributes> = {
	vendor: 'Éditeur',
	vendorCountry: 'FR',
	licenceModel: 'proprietary',
	hosting: 'eu-cloud',
	openFormats: true,
	documentedOpenExport: true,
	providerCount: 2,
	keyCustody: 'customer',
	supplyChain: 'eu'
};

describe('attributes to complete', () => {
	test('a fully described inventory has nothing to complete', () => {
		const report = computeCompleteness([line('A', COMPLETE, 10, 1000)]);
		expect(report.products).toEqual([]);
		expect(report.attributes).toEqual([]);
		expect(report.reading).toBe('Tous les attributs utiles aux indicateurs sont renseignés.');
	});

	test.each<[string, Partial<SovereigntyAttributes>, string[]]>([
		['unknown hosting', { ...COMPLETE, hosting: null }, ['hosting']],
		[
			'unknown licence and vendor',
			{ ...COMPLETE, licenceModel: null, vendor: ' ' },
			['licenceModel', 'vendor']
		],
		// on premises the keys are the commune's; open source needs no provider count
		[
			'free software on premises without key custody nor provider count',
			{
				...COMPLETE,
				licenceModel: 'open-source',
				hosting: 'on-premises',
				keyCustody: null,
				providerCount: null
			},
			[]
		],
		// a US vendor is exposed whatever the hosting, but the hosting indicators still need it
		['US vendor, hosting unknown', { ...COMPLETE, vendorCountry: 'US', hosting: null }, ['hosting']],
		// no open export settles reversibility: the provider count is then not needed
		[
			'no open export, provider count unknown',
			{ ...COMPLETE, documentedOpenExport: false, providerCount: null },
			[]
		],
		[
			'everything unknown',
			{},
			[
				'licenceModel',
				'vendor',
				'vendorCountry',
				'hosting',
				'openFormats',
				'documentedOpenExport',
				'providerCount',
				'keyCustody',
				'supplyChain'
			]
		]
	])('%s → missing %j', (_case, attributes, missing) => {
		const report = computeCompleteness([line('P', attributes, 1, 1)]);
		expect(report.products[0]?.missing.map((m) => m.attribute) ?? []).toEqual(missing);
	});

	test('each product says how much of seats and spend it keeps out of coverage, largest first', () => {
		const report = computeCompleteness([
			line('Complet', COMPLETE, 50, 5000),
			line('Petit', { ...COMPLETE, hosting: null }, 10, 1000),
			line('Gros', { ...COMPLETE, hosting: null, openFormats: null }, 30, 2000),
			line('gros ', { ...COMPLETE, hosting: null }, 10, 2000)
		]);
		expect(report.products.map((p) => [p.productName, p.seatsShare, p.spendShare])).toEqual([
			['Gros', 40 / 100, 4000 / 10_000],
			['Petit', 10 / 100, 1000 / 10_000]
		]);
		const hosting = report.attributes.find((a) => a.attribute === 'hosting');
		expect(hosting).toMatchObject({ productCount: 2, seatsShare: 0.5, spendShare: 0.5 });
		expect(hosting?.indicatorIds).toContain('hosting-on-premises-share');
		expect(report.reading).toContain('2 produit(s) à compléter');
	});

	test('an empty inventory reports no data', () => {
		expect(computeCompleteness([]).reading).toBe('Aucune donnée : l’inventaire est vide.');
	});
});

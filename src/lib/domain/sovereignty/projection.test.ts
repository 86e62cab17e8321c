import { describe, expect, test } from 'vitest';
import { findIndicator } from './indicators';
import { projectMigration, type MigrationWave } from './projection';
import { createUnknownProduct, type InventoryLine, type SovereigntyAttributes } from './types';

const product = (name: string, attributes: Partial<SovereigntyAttributes>): SovereigntyAttributes => ({
	...createUnknownProduct(name),
	...attributes
});
const PROPRIETARY = { vendor: 'Microsoft', vendorCountry: 'US', licenceModel: 'proprietary' } as const;
const LIBREOFFICE = product('LibreOffice', {
	licenceModel: 'open-source',
	hosting: 'on-premises',
	sillId: 's1'
});
const LINUX = product('Linux Mint', { licenceModel: 'open-source', hosting: 'on-premises' });

const INVENTORY: InventoryLine[] = [
	{
		product: product('Microsoft Office', { ...PROPRIETARY, category: 'office-suite' }),
		seats: 100,
		spendCents: 500_000
	},
	{
		product: product('Windows', { ...PROPRIETARY, category: 'operating-system' }),
		seats: 50,
		spendCents: 100_001
	}
];

const WAVES: MigrationWave[] = [
	{ label: 'Vague 1', moves: [{ fromProductName: 'microsoft office ', toProduct: LIBREOFFICE, share: 0.5 }] },
	{
		label: 'Vague 2',
		moves: [
			{ fromProductName: 'Microsoft Office', toProduct: LIBREOFFICE, share: 0.5 },
			{ fromProductName: 'Windows', toProduct: LINUX, share: 1, spendCents: 20_000 }
		]
	}
];

const valueOf = (step: { report: { indicators: Parameters<typeof findIndicator>[0] } }, id: string) =>
	findIndicator(step.report.indicators, id)?.value;

describe('migration projection', () => {
	const projection = projectMigration(INVENTORY, WAVES);

	test('gives the current situation, then one step per cumulative wave', () => {
		expect(projection.steps.map((s) => [s.label, s.wavesDone])).toEqual([
			['Situation actuelle', 0],
			['Vague 1', 1],
			['Vague 2', 2]
		]);
		expect(projection.warnings).toEqual([]);
	});

	test.each([
		// seats on open source: 0/150, then 50/150, then 150/150
		[0, 'open-source-seats-share', 0],
		[1, 'open-source-seats-share', 50 / 150],
		[2, 'open-source-seats-share', 1],
		// wave 1 carries half the Office budget (2 500 €) over to LibreOffice
		[1, 'open-source-spend-share', 250_000 / 600_001],
		[2, 'open-source-spend-share', 1],
		// exposed spend: all, then the remaining Office half and Windows, then nothing
		[0, 'non-eu-spend', 600_001],
		[1, 'non-eu-spend', 350_001],
		[2, 'non-eu-spend', 0]
	])('after %s wave(s), %s = %s', (wavesDone, id, expected) => {
		expect(valueOf(projection.steps[wavesDone], id)).toBeCloseTo(expected, 9);
	});

	test('seats and cents are conserved, and a given replacement spend replaces the carried one', () => {
		const final = projection.steps[2].inventory;
		expect(final.reduce((s, l) => s + l.seats, 0)).toBe(150);
		expect(final.map((l) => [l.product.name, l.seats, l.spendCents])).toEqual([
			['LibreOffice', 50, 250_000],
			['LibreOffice', 50, 250_000],
			['Linux Mint', 50, 20_000]
		]);
	});

	test('the composite score rises as waves are done', () => {
		const scores = projection.steps.map((s) => s.report.composite.score ?? -1);
		expect(scores[1]).toBeGreaterThan(scores[0]);
		expect(scores[2]).toBeGreaterThan(scores[1]);
	});

	test('migrating 100 % of everything to open source gives an open-source share of 1', () => {
		const all: MigrationWave[] = [
			{
				label: 'Tout',
				moves: INVENTORY.map((l) => ({ fromProductName: l.product.name, toProduct: LINUX, share: 1 }))
			}
		];
		const step = projectMigration(INVENTORY, all).steps[1];
		expect(valueOf(step, 'open-source-seats-share')).toBe(1);
		expect(valueOf(step, 'open-source-spend-share')).toBe(1);
	});

	test.each([
		[[1, 1], 3, 3, 0],
		[[0.5, 0.5], 3, 2, 1],
		[[0.3, 0.3, 0.4], 7, 2, 2]
	])(
		'shares %j of %s seats move whole seats that add up exactly (first moves %s, then %s…)',
		(shares, seats, first, second) => {
			const inventory: InventoryLine[] = [
				{ product: product('Office', PROPRIETARY), seats, spendCents: 1001 }
			];
			const waves = shares.map((share, i) => ({
				label: `V${i}`,
				moves: [{ fromProductName: 'Office', toProduct: LIBREOFFICE, share }]
			}));
			const last = projectMigration(inventory, waves).steps.at(-1)?.inventory ?? [];
			expect(last.reduce((s, l) => s + l.seats, 0)).toBe(seats);
			expect(last.reduce((s, l) => s + l.spendCents, 0)).toBe(1001);
			expect(
				last
					.filter((l) => l.product.name === 'LibreOffice')
					.map((l) => l.seats)
					.slice(0, 2)
			).toEqual([first, second]);
		}
	);

	test.each([
		[
			'an unknown product',
			{ fromProductName: 'Oracle', toProduct: LINUX, share: 1 },
			'aucun produit « Oracle »'
		],
		['a share above 100 %', { fromProductName: 'Windows', toProduct: LINUX, share: 1.5 }, 'dépasserait 100'],
		['a negative share', { fromProductName: 'Windows', toProduct: LINUX, share: -1 }, 'part invalide']
	])('%s gives a French warning, not a crash', (_case, move, warning) => {
		const projection = projectMigration(INVENTORY, [{ label: 'V', moves: [move] }]);
		expect(projection.warnings).toHaveLength(1);
		expect(projection.warnings[0]).toContain(warning);
		expect(projection.steps).toHaveLength(2);
	});

	test('an empty inventory and no waves give the empty current situation', () => {
		const projection = projectMigration([], []);
		expect(projection.steps).toHaveLength(1);
		expect(projection.steps[0].report.composite.score).toBeNull();
	});
});

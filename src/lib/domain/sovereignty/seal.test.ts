import { describe, expect, test } from 'vitest';
import { assessOrganisationSeal, computeSealShare, mapScoreToLevel } from './seal';
import { SOV_OBJECTIVE_IDS, SOV_OBJECTIVES } from './seal-objectives';
import { assessProductSeal, determineSealLevel, SEAL_DISCLAIMER } from './seal-product';
import { createUnknownProduct, type InventoryLine, type SovereigntyAttributes } from './types';

const product = (attributes: Partial<SovereigntyAttributes>): SovereigntyAttributes => ({
	...createUnknownProduct('P'),
	...attributes
});

/** Free software run in house by a French integrator, everything known, supply chain to vary. */
const SOVEREIGN: Partial<SovereigntyAttributes> = {
	vendorCountry: 'FR',
	hosting: 'on-premises',
	licenceModel: 'open-source',
	openFormats: true,
	documentedOpenExport: true,
	keyCustody: 'customer',
	supplyChain: 'eu'
};

describe('SEAL-like level of a fully known product', () => {
	test.each<[string, Partial<SovereigntyAttributes>, number]>([
		['US provider, non-EU cloud', { vendorCountry: 'US', hosting: 'non-eu-cloud' }, 0],
		[
			'US provider in an Irish datacentre (framework example of SEAL-1)',
			{ vendorCountry: 'US', hosting: 'eu-cloud' },
			1
		],
		['EU provider, non-EU cloud', { vendorCountry: 'FR', hosting: 'non-eu-cloud' }, 1],
		[
			'EU cloud, keys held by a non-EU provider',
			{ vendorCountry: 'FR', hosting: 'eu-cloud', keyCustody: 'non-eu-provider' },
			1
		],
		[
			'SecNumCloud but non-EU supply chain',
			{ vendorCountry: 'FR', hosting: 'secnumcloud', supplyChain: 'non-eu' },
			2
		],
		[
			'US proprietary software on premises, closed formats',
			{
				vendorCountry: 'US',
				hosting: 'on-premises',
				licenceModel: 'proprietary',
				openFormats: false,
				supplyChain: 'eu'
			},
			2
		],
		['free software on premises, mixed supply chain', { ...SOVEREIGN, supplyChain: 'mixed' }, 3],
		[
			'free software in an EU cloud, keys with the EU provider',
			{ ...SOVEREIGN, hosting: 'eu-cloud', keyCustody: 'eu-provider' },
			3
		],
		['free software on premises, EU supply chain', SOVEREIGN, 4],
		[
			'EU proprietary software with open formats, customer keys, EU cloud and supply chain',
			{ ...SOVEREIGN, licenceModel: 'proprietary', hosting: 'eu-cloud' },
			4
		]
	])('%s → SEAL %s', (_case, attributes, level) => {
		expect(determineSealLevel(product({ ...SOVEREIGN, ...attributes }))).toBe(level);
	});
});

describe('SEAL-like assessment of a product with unknown attributes', () => {
	test('unknowns that cannot change the result still give a level', () => {
		// On premises the keys are the commune's; for free software the vendor and formats do not matter.
		const seal = assessProductSeal(
			product({ ...SOVEREIGN, keyCustody: null, vendorCountry: null, openFormats: null })
		);
		expect(seal.level).toBe(4);
		expect(seal.objectives['SOV-3']).toBe(4);
		expect(seal.disclaimer).toBe(SEAL_DISCLAIMER);
	});

	test('an unknown supply chain leaves the level open between 2 and 4', () => {
		const seal = assessProductSeal(product({ ...SOVEREIGN, supplyChain: null }));
		expect(seal.level).toBeNull();
		expect(seal.levelRange).toEqual({ min: 2, max: 4 });
		expect(seal.objectives['SOV-5']).toBeNull();
	});

	test('a product with nothing known has no level and no objective score, without crashing', () => {
		const seal = assessProductSeal(createUnknownProduct('Inconnu'));
		expect(seal.level).toBeNull();
		expect(seal.levelRange).toEqual({ min: 0, max: 4 });
		expect(Object.values(seal.objectives).every((score) => score === null)).toBe(true);
	});

	test.each<[string, Partial<SovereigntyAttributes>, (number | null)[]]>([
		// SOV-1…SOV-8 on a 0–4 scale
		['the sovereign reference', SOVEREIGN, [4, 4, 4, 4, 4, 4, null, null]],
		[
			'US SaaS in an EU cloud, provider keys, one provider, export documented',
			{
				vendorCountry: 'US',
				hosting: 'eu-cloud',
				licenceModel: 'proprietary',
				openFormats: true,
				documentedOpenExport: true,
				providerCount: 1,
				keyCustody: 'non-eu-provider',
				supplyChain: 'mixed'
			},
			// SOV-3 = (4 + 0) / 2; SOV-4 = (4 + 0 + 0) / 3; SOV-6 = (0 + 4) / 2
			[0, 1, 2, 4 / 3, 2, 2, null, null]
		],
		[
			'SecNumCloud answers SOV-7',
			{ ...SOVEREIGN, hosting: 'secnumcloud', keyCustody: 'eu-provider' },
			[4, 4, 3.5, 4, 4, 4, 4, null]
		]
	])('objective scores of %s', (_case, attributes, expected) => {
		const seal = assessProductSeal(product(attributes));
		SOV_OBJECTIVE_IDS.forEach((id, i) => {
			if (expected[i] === null) expect(seal.objectives[id]).toBeNull();
			else expect(seal.objectives[id]).toBeCloseTo(expected[i] ?? -1, 9);
		});
	});
});

describe('organisation SEAL-like level', () => {
	test('the framework weights sum to 100 % and are listed in SOV order', () => {
		expect(SOV_OBJECTIVES.reduce((s, o) => s + o.weight, 0)).toBeCloseTo(1, 12);
		expect(SOV_OBJECTIVES.map((o) => o.id)).toEqual([...SOV_OBJECTIVE_IDS]);
		expect(SOV_OBJECTIVES.find((o) => o.id === 'SOV-5')?.weight).toBe(0.2);
	});

	test.each([
		[0, 0],
		[24.9, 0],
		[25, 1],
		[74.99, 2],
		[75, 3],
		[99.9, 3],
		[100, 4]
	])('a score of %s %% maps to level %s', (score, level) => {
		expect(mapScoreToLevel(score)).toBe(level);
	});

	const line = (attributes: Partial<SovereigntyAttributes>, seats: number): InventoryLine => ({
		product: product(attributes),
		seats,
		spendCents: 0
	});

	test.each<[string, InventoryLine[], number, number, number]>([
		// SOV-1,2,3,4,6 at 100 %, SOV-5 at 0 %: weighted = 0.65 × 100 / 0.85
		[
			'one product with a non-EU supply chain',
			[line({ ...SOVEREIGN, supplyChain: 'non-eu' }, 30)],
			6500 / 85,
			3,
			0
		],
		// SOV-5 = (30 × 0 + 10 × 4) / 40 / 4 = 25 %; weighted = (65 + 0.2 × 25) / 0.85
		[
			'seat-weighted supply chain',
			[line({ ...SOVEREIGN, supplyChain: 'non-eu' }, 30), line(SOVEREIGN, 10)],
			7000 / 85,
			3,
			1
		]
	])(
		'%s: weighted score %s, level %s, capped by the weakest objective at %s',
		(_c, inventory, score, weighted, overall) => {
			const seal = assessOrganisationSeal(inventory);
			expect(seal.weightedScore).toBeCloseTo(score, 9);
			expect(seal.weightedLevel).toBe(weighted);
			expect(seal.weakestObjective).toBe('SOV-5');
			expect(seal.overallLevel).toBe(overall);
			expect(seal.disclaimer).toBe(SEAL_DISCLAIMER);
			expect(seal.reading).toContain('pas une certification');
		}
	);

	test('all objectives at 100 % give level 4; unscorable objectives are left out', () => {
		const seal = assessOrganisationSeal([line(SOVEREIGN, 5)]);
		expect(seal.weightedScore).toBeCloseTo(100, 9);
		expect(seal.overallLevel).toBe(4);
		expect(seal.objectives.find((o) => o.id === 'SOV-8')?.score).toBeNull();
		// SOV-7 (10 %) and SOV-8 (5 %) cannot be answered
		expect(seal.coverage).toBeCloseTo(0.85, 12);
	});

	test.each<[string, InventoryLine[]]>([
		['empty inventory', []],
		['only unknown products', [line({}, 10)]]
	])('%s: no level, no crash', (_case, inventory) => {
		const seal = assessOrganisationSeal(inventory);
		expect(seal.overallLevel).toBeNull();
		expect(seal.weightedScore).toBeNull();
		expect(seal.coverage).toBe(0);
	});

	test('seat shares at SEAL ≥ 2 and ≥ 3 count products whose whole range is on one side', () => {
		const inventory = [
			line(SOVEREIGN, 10), // 4
			line({ ...SOVEREIGN, supplyChain: null }, 20), // 2–4: ≥ 2 known, ≥ 3 unknown
			line({ vendorCountry: 'US', hosting: 'eu-cloud' }, 30), // 1
			line({}, 40) // 0–4: unknown
		];
		const seal = assessOrganisationSeal(inventory);
		const atLeast2 = computeSealShare(inventory, seal, 2);
		expect(atLeast2.value).toBeCloseTo(30 / 60, 12);
		expect(atLeast2.coverage).toBeCloseTo(60 / 100, 12);
		const atLeast3 = computeSealShare(inventory, seal, 3);
		expect(atLeast3.value).toBeCloseTo(10 / 40, 12);
		expect(atLeast3.coverage).toBeCloseTo(40 / 100, 12);
	});
});

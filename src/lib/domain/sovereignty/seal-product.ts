/**
 * Per-product SEAL-like level (0–4) and SOV objective scores, derived from the inventory attributes.
 * A self-assessment, not a certification (SEAL_DISCLAIMER).
 */
import { isNonEuJurisdiction } from '../product';
import { mapObjectives, type SovObjectiveId } from './seal-objectives';
import { resolveOverUnknowns, type ResolvableAttribute } from './seal-resolve';
import type { SovereigntyAttributes } from './types';

export const SEAL_DISCLAIMER =
	'Auto-évaluation indicative inspirée du cadre européen de souveraineté du cloud (niveaux SEAL), calculée à partir de l’inventaire : ce n’est pas une certification.';

export const SEAL_LEVELS = [0, 1, 2, 3, 4] as const;
export type SealLevel = (typeof SEAL_LEVELS)[number];

/** French names of the SEAL levels (framework v1.2.1, as paraphrased in domain-reference §1.2). */
export const SEAL_LEVEL_NAMES: Record<SealLevel, string> = {
	0: 'SEAL-0 : aucune souveraineté',
	1: 'SEAL-1 : souveraineté juridique formelle',
	2: 'SEAL-2 : souveraineté des données',
	3: 'SEAL-3 : résilience numérique',
	4: 'SEAL-4 : souveraineté numérique complète'
};

export interface ProductSeal {
	productName: string;
	/** SEAL-like level, or null when the unknown attributes could change it. */
	level: SealLevel | null;
	/** Lowest and highest level the unknown attributes allow (equal to level when known). */
	levelRange: { min: SealLevel; max: SealLevel };
	/** Score of each objective on a 0–4 scale; null when not derivable from the attributes. */
	objectives: Record<SovObjectiveId, number | null>;
	disclaimer: string;
}

const LEVEL_READS: readonly ResolvableAttribute[] = [
	'vendorCountry',
	'hosting',
	'keyCustody',
	'licenceModel',
	'openFormats',
	'supplyChain'
];

/** Clamps and floors a number to a SEAL level. */
export function toSealLevel(value: number): SealLevel {
	const level = Math.min(4, Math.max(0, Math.floor(value + 1e-9)));
	return SEAL_LEVELS[level];
}

/**
 * SEAL-like level of a fully known product, following the framework's level meanings:
 * - 0: data in a non-EU cloud run by a non-EU provider (technology, operations and control non-EU);
 * - 1: EU law on paper only: EU cloud run by a non-EU provider (the framework's example: a US provider in an
 *   Irish datacentre), non-EU cloud run by an EU provider, or cloud keys held by a non-EU provider;
 * - 2: EU law enforceable (on premises, SecNumCloud, or EU cloud by an EU provider) but a material non-EU
 *   dependency remains: non-EU supply chain, or closed technology (proprietary, closed formats, non-EU vendor);
 * - 4: enforceable law, keys with the customer (or on premises), EU supply chain and technology under EU
 *   control (open source, or an EU vendor with open formats);
 * - 3: everything in between (digital resilience).
 */
export function determineSealLevel(p: SovereigntyAttributes): SealLevel {
	const eu = isNonEuJurisdiction(p.vendorCountry) === false;
	const open = p.licenceModel === 'open-source';
	if (p.hosting === 'non-eu-cloud') return eu ? 1 : 0;
	if (p.hosting === 'eu-cloud' && !eu) return 1;
	if (p.hosting !== 'on-premises' && p.keyCustody === 'non-eu-provider') return 1;
	const techClosed = !open && !eu && p.openFormats === false;
	if (p.supplyChain === 'non-eu' || techClosed) return 2;
	const techFull = open || (eu && p.openFormats === true);
	const customerKeys = p.hosting === 'on-premises' || p.keyCustody === 'customer';
	return customerKeys && p.supplyChain === 'eu' && techFull ? 4 : 3;
}

/**
 * SEAL-like level and SOV objective scores of one product. Unknown attributes are resolved by trying every
 * value they could take (seal-resolve.ts): a level or score is given only when the unknowns cannot change it.
 */
export function assessProductSeal(product: SovereigntyAttributes): ProductSeal {
	const level = resolveOverUnknowns(product, LEVEL_READS, determineSealLevel);
	const objectives = mapObjectives((o) => resolveOverUnknowns(product, o.reads, o.score).value);
	return {
		productName: product.name,
		level: level.value === null ? null : toSealLevel(level.value),
		levelRange: { min: toSealLevel(level.min ?? 0), max: toSealLevel(level.max ?? 4) },
		objectives,
		disclaimer: SEAL_DISCLAIMER
	};
}

/**
 * Evaluating a rule on a product whose attributes are partly unknown: try every possible value of the
 * unknown attributes the rule reads. If all completions agree, the unknowns do not matter and the result is
 * known; otherwise it is not (null), and the range of possible results is kept.
 */
import { HOSTING_KINDS, LICENCE_MODELS } from '../product';
import { KEY_CUSTODIES, SUPPLY_CHAIN_ORIGINS, type SovereigntyAttributes } from './types';

/** Attributes a rule may read, with the values an unknown one can take. */
const POSSIBLE_VALUES = {
	// One EU and one non-EU country stand for the two jurisdictions every rule distinguishes.
	vendorCountry: ['FR', 'US'],
	hosting: HOSTING_KINDS,
	keyCustody: KEY_CUSTODIES,
	licenceModel: LICENCE_MODELS,
	openFormats: [true, false],
	supplyChain: SUPPLY_CHAIN_ORIGINS,
	documentedOpenExport: [true, false],
	// "One provider" and "several providers" are the only cases rules distinguish.
	providerCount: [1, 2]
} as const satisfies { [K in keyof SovereigntyAttributes]?: readonly SovereigntyAttributes[K][] };

export type ResolvableAttribute = keyof typeof POSSIBLE_VALUES;

export interface ResolvedValue {
	/** The result when every completion agrees on a number; null otherwise. */
	value: number | null;
	/** Smallest and largest numeric result over the completions; null when none is numeric. */
	min: number | null;
	max: number | null;
}

function listCompletions(
	product: SovereigntyAttributes,
	reads: readonly ResolvableAttribute[]
): SovereigntyAttributes[] {
	let completions: SovereigntyAttributes[] = [product];
	for (const attribute of new Set(reads)) {
		if (product[attribute] !== null) continue;
		const values: readonly unknown[] = POSSIBLE_VALUES[attribute];
		completions = completions.flatMap((partial) =>
			values.map((value) => ({ ...partial, [attribute]: value }) satisfies SovereigntyAttributes)
		);
	}
	return completions;
}

/**
 * Evaluates `rule` over every completion of the unknown attributes it reads. Known when all completions give
 * the same number; a rule returning null (not derivable) for any completion makes the value unknown.
 */
export function resolveOverUnknowns(
	product: SovereigntyAttributes,
	reads: readonly ResolvableAttribute[],
	rule: (product: SovereigntyAttributes) => number | null
): ResolvedValue {
	const results = listCompletions(product, reads).map(rule);
	const numbers = results.filter((r): r is number => r !== null);
	const min = numbers.length > 0 ? Math.min(...numbers) : null;
	const max = numbers.length > 0 ? Math.max(...numbers) : null;
	const agreed = numbers.length === results.length && min === max;
	return { value: agreed ? min : null, min, max };
}

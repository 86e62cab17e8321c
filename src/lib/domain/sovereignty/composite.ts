/**
 * Composite sovereignty score, 0–100, always delivered with its breakdown.
 * The default weights are Cap Libre's editorial choice (no published framework gives composite weights,
 * see domain-reference §1): users can edit them; they are normalised to sum to 1.
 */
import { formatCount } from '../money';
import { HHI_MAX } from './indicators-concentration';
import { LOW_COVERAGE_THRESHOLD, type Indicator } from './types';

export const COMPOSITE_COMPONENT_IDS = [
	'open-source',
	'jurisdiction',
	'data-location',
	'open-formats',
	'reversibility',
	'vendor-diversity',
	'mutualisation'
] as const;
export type CompositeComponentId = (typeof COMPOSITE_COMPONENT_IDS)[number];
export type CompositeWeights = Record<CompositeComponentId, number>;

interface ComponentSpec {
	name: string;
	indicatorId: string;
	/** Turns the indicator value into a 0–1 "more sovereign is higher" value. */
	orient: (value: number) => number;
}

const COMPONENTS: Record<CompositeComponentId, ComponentSpec> = {
	'open-source': { name: 'Logiciels libres', indicatorId: 'open-source-seats-share', orient: (v) => v },
	jurisdiction: {
		name: 'Dépense non exposée hors UE',
		indicatorId: 'non-eu-spend-share',
		orient: (v) => 1 - v
	},
	'data-location': {
		name: 'Données hors cloud extra-européen',
		indicatorId: 'hosting-non-eu-cloud-share',
		orient: (v) => 1 - v
	},
	'open-formats': { name: 'Formats ouverts', indicatorId: 'open-formats-seats-share', orient: (v) => v },
	reversibility: { name: 'Réversibilité', indicatorId: 'reversible-spend-share', orient: (v) => v },
	'vendor-diversity': {
		name: 'Diversité des fournisseurs',
		indicatorId: 'vendor-hhi',
		orient: (v) => 1 - v / HHI_MAX
	},
	mutualisation: { name: 'Outils mutualisés', indicatorId: 'mutualised-seats-share', orient: (v) => v }
};

/** Cap Libre's default weights, in points out of 100 (any scale works: they are normalised). */
export const DEFAULT_COMPOSITE_WEIGHTS: Readonly<CompositeWeights> = {
	'open-source': 25,
	jurisdiction: 20,
	'data-location': 15,
	'open-formats': 10,
	reversibility: 15,
	'vendor-diversity': 10,
	mutualisation: 5
};

export interface CompositeComponent {
	id: CompositeComponentId;
	name: string;
	indicatorId: string;
	/** Oriented value in [0, 1] (1 = most sovereign); null when the indicator has no value. */
	value: number | null;
	/** Normalised weight (all components' weights sum to 1). */
	weight: number;
	/** Weight renormalised over the components that have a value (0 for the others). */
	effectiveWeight: number;
	/** Points this component adds to the 0–100 score: value × effectiveWeight × 100. */
	contribution: number;
	coverage: number;
}

export interface CompositeScore {
	score: number | null;
	components: CompositeComponent[];
	/** Σ weight × component coverage. */
	coverage: number;
	lowCoverage: boolean;
	reading: string;
}

/**
 * Normalises weights to fractions summing to 1: wᵢ / Σ w. Negative or non-finite weights count as 0.
 * Returns null when no weight is positive.
 */
export function normaliseCompositeWeights(weights: Readonly<CompositeWeights>): CompositeWeights | null {
	const clean = (w: number): number => (Number.isFinite(w) && w > 0 ? w : 0);
	const total = COMPOSITE_COMPONENT_IDS.reduce((sum, id) => sum + clean(weights[id]), 0);
	if (total <= 0) return null;
	const [a, b, c, d, e, f, g] = COMPOSITE_COMPONENT_IDS.map((id) => clean(weights[id]) / total);
	return {
		'open-source': a,
		jurisdiction: b,
		'data-location': c,
		'open-formats': d,
		reversibility: e,
		'vendor-diversity': f,
		mutualisation: g
	};
}

/**
 * Composite score = 100 × Σ wᵢ × vᵢ / Σ wᵢ over components with a value, where vᵢ ∈ [0, 1] is the indicator
 * oriented so that 1 is most sovereign (1 − share for exposure shares, 1 − HHI / 10,000 for concentration)
 * and wᵢ the normalised weights. Components without a value are left out and named in the reading.
 */
export function computeCompositeScore(
	indicators: readonly Indicator[],
	weights: Readonly<CompositeWeights> = DEFAULT_COMPOSITE_WEIGHTS
): CompositeScore {
	const normalised = normaliseCompositeWeights(weights);
	const raw = COMPOSITE_COMPONENT_IDS.map((id) => {
		const spec = COMPONENTS[id];
		const indicator = indicators.find((i) => i.id === spec.indicatorId);
		const value = indicator?.value == null ? null : Math.min(1, Math.max(0, spec.orient(indicator.value)));
		return { id, spec, value, weight: normalised?.[id] ?? 0, coverage: indicator?.coverage ?? 0 };
	});
	const availableWeight = raw.reduce((s, c) => s + (c.value === null ? 0 : c.weight), 0);
	const components = raw.map(({ id, spec, value, weight, coverage }): CompositeComponent => {
		const effectiveWeight = value === null || availableWeight <= 0 ? 0 : weight / availableWeight;
		return {
			id,
			name: spec.name,
			indicatorId: spec.indicatorId,
			value,
			weight,
			effectiveWeight,
			contribution: (value ?? 0) * effectiveWeight * 100,
			coverage
		};
	});
	const score = availableWeight > 0 ? components.reduce((s, c) => s + c.contribution, 0) : null;
	const coverage = components.reduce((s, c) => s + c.weight * c.coverage, 0);
	return {
		score,
		components,
		coverage,
		lowCoverage: coverage < LOW_COVERAGE_THRESHOLD,
		reading: describeComposite(score, components, normalised === null)
	};
}

function describeComposite(
	score: number | null,
	components: CompositeComponent[],
	noWeight: boolean
): string {
	if (noWeight) return 'Score non calculable : tous les poids sont nuls.';
	if (score === null) return 'Score non calculable : aucune composante n’a de valeur.';
	const weighted = components.filter((c) => c.weight > 0);
	const missing = weighted.filter((c) => c.value === null).map((c) => c.name);
	const base = `Score de souveraineté : ${formatCount(Math.round(score))} sur 100, moyenne pondérée de ${weighted.length - missing.length} composante(s) sur ${weighted.length}`;
	return missing.length === 0 ? `${base}.` : `${base} (sans valeur : ${missing.join(', ')}).`;
}

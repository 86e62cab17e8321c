/**
 * The organisation's SEAL-like self-assessment: objective scores, weighted score and overall level,
 * plus the seat shares at SEAL ≥ 2 and ≥ 3 suggested in domain-reference §1.2 ("Dashboard use").
 */
import { formatPercent } from '../money';
import { buildIndicator, buildReading, computeWeightedShare, getLineWeight } from './aggregate';
import { SOV_OBJECTIVES, type SovObjectiveId } from './seal-objectives';
import {
	assessProductSeal,
	SEAL_DISCLAIMER,
	SEAL_LEVEL_NAMES,
	toSealLevel,
	type ProductSeal,
	type SealLevel
} from './seal-product';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

export interface ObjectiveResult {
	id: SovObjectiveId;
	name: string;
	/** Framework weight (fraction of 1). */
	weight: number;
	proxy: string;
	/** Seat-weighted mean of the products' scores, as a % (0–100); null when no product is scored. */
	score: number | null;
	level: SealLevel | null;
	/** Share of seats whose product has a score for this objective. */
	coverage: number;
}

export interface OrganisationSeal {
	disclaimer: string;
	objectives: ObjectiveResult[];
	/** Weighted mean of the known objective scores (weights renormalised over them), 0–100. */
	weightedScore: number | null;
	weightedLevel: SealLevel | null;
	weakestObjective: SovObjectiveId | null;
	/** min(level of the weighted score, level of the weakest objective). */
	overallLevel: SealLevel | null;
	/** Σ framework weight × objective coverage: how much of the framework the inventory could answer. */
	coverage: number;
	products: ProductSeal[];
	reading: string;
}

/** Maps a 0–100 % score to a level: floor(score / 25), capped at 4 (so 100 % → 4, 75–99 % → 3…). */
export function mapScoreToLevel(score: number): SealLevel {
	return toSealLevel(score / 25);
}

/**
 * Organisation-level self-assessment.
 * - Objective score (%) = Σ seats × product score (0–4) / Σ seats of scored products × 100 / 4. Seats weigh
 *   the products because spend would give free tools that cost nothing no weight at all.
 * - Weighted score = Σ wᵢ × scoreᵢ / Σ wᵢ over objectives with a score (framework weights, domain-reference
 *   §1.2); objectives that cannot be scored (SOV-8, usually SOV-7) are left out and listed with a null score.
 * - Overall level: the framework sets the overall SEAL by the weakest objective (minimum rule). Cap Libre
 *   maps the weighted score to a level and caps it by the level of the weakest scored objective; since a
 *   weighted mean is never below its minimum, the weakest objective decides, as the framework says.
 */
export function assessOrganisationSeal(inventory: Inventory): OrganisationSeal {
	const products = inventory.map((line) => assessProductSeal(line.product));
	const objectives = SOV_OBJECTIVES.map((objective): ObjectiveResult => {
		let totalSeats = 0;
		let scoredSeats = 0;
		let weightedSum = 0;
		inventory.forEach((line, i) => {
			const seats = getLineWeight(line, 'seats');
			totalSeats += seats;
			const score = products[i].objectives[objective.id];
			if (score === null) return;
			scoredSeats += seats;
			weightedSum += seats * score;
		});
		const score = scoredSeats > 0 ? (weightedSum / scoredSeats / 4) * 100 : null;
		return {
			id: objective.id,
			name: objective.name,
			weight: objective.weight,
			proxy: objective.proxy,
			score,
			level: score === null ? null : mapScoreToLevel(score),
			coverage: totalSeats > 0 ? scoredSeats / totalSeats : 0
		};
	});
	const scored = objectives.filter((o) => o.score !== null);
	const weightSum = scored.reduce((s, o) => s + o.weight, 0);
	const weightedScore =
		scored.length > 0 ? scored.reduce((s, o) => s + o.weight * (o.score ?? 0), 0) / weightSum : null;
	const weakest = scored.reduce<ObjectiveResult | null>(
		(min, o) => (min === null || (o.score ?? 0) < (min.score ?? 0) ? o : min),
		null
	);
	const weightedLevel = weightedScore === null ? null : mapScoreToLevel(weightedScore);
	const overallLevel =
		weightedLevel === null || weakest?.level == null
			? null
			: toSealLevel(Math.min(weightedLevel, weakest.level));
	return {
		disclaimer: SEAL_DISCLAIMER,
		objectives,
		weightedScore,
		weightedLevel,
		weakestObjective: weakest?.id ?? null,
		overallLevel,
		coverage: objectives.reduce((s, o) => s + o.weight * o.coverage, 0),
		products,
		reading: describeOrganisationSeal(inventory, overallLevel, weakest)
	};
}

function describeOrganisationSeal(
	inventory: Inventory,
	level: SealLevel | null,
	weakest: ObjectiveResult | null
): string {
	if (inventory.length === 0) return 'Aucune donnée : l’inventaire est vide.';
	if (level === null || weakest === null)
		return 'Niveau SEAL non évaluable : les attributs des produits sont à compléter (auto-évaluation, pas une certification).';
	return `Niveau estimé ${SEAL_LEVEL_NAMES[level]}, limité par l’objectif le plus faible (${weakest.name}) — auto-évaluation, pas une certification.`;
}

/** Definition of the "share of seats at SEAL ≥ n" indicator. */
export function getSealShareDefinition(minLevel: 2 | 3): IndicatorDefinition {
	return {
		id: `seal-${minLevel}-plus-seats-share`,
		name: `Postes au niveau SEAL ${minLevel} ou plus`,
		definition: `Part des postes utilisant des produits auto-évalués au niveau SEAL ${minLevel} ou plus (auto-évaluation, pas une certification).`,
		formula: `postes sur produits de niveau ≥ ${minLevel} ÷ postes dont le niveau est déterminé`,
		inputs: [
			'pays du fournisseur',
			'hébergement',
			'détention des clés',
			'licence',
			'formats ouverts',
			'chaîne d’approvisionnement'
		],
		unit: 'ratio',
		coverageBasis: 'seats'
	};
}

/**
 * Share of seats on products at SEAL ≥ minLevel: Σ seats(level ≥ n) / Σ seats(verdict known). A product with
 * an unknown level still counts when its whole possible range is on one side of the threshold.
 */
export function computeSealShare(inventory: Inventory, seal: OrganisationSeal, minLevel: 2 | 3): Indicator {
	const definition = getSealShareDefinition(minLevel);
	const ranges = new Map(inventory.map((line, i) => [line, seal.products[i].levelRange]));
	const share = computeWeightedShare(inventory, 'seats', (line) => {
		const { min, max } = ranges.get(line) ?? { min: 0, max: 4 };
		if (min >= minLevel) return true;
		return max < minLevel ? false : null;
	});
	const reading = buildReading(
		share.value,
		(value) =>
			`${formatPercent(value)} des postes utilisent des produits de niveau SEAL ${minLevel} ou plus (auto-évaluation)`,
		{
			inventory,
			basis: 'seats',
			coverage: share.coverage,
			totalWeight: share.totalWeight,
			missingWhat: 'l’hébergement, le pays du fournisseur ou la licence'
		}
	);
	return buildIndicator(definition, share.value, share.coverage, reading);
}

/**
 * The uncertain assumptions of the model: their French labels and units, how to take one value of each,
 * and the triangular distribution used to draw them.
 */
import { type AssumptionKey, type AssumptionValues, type Range, type ScenarioAssumptions } from './types';

/** French label and unit of each assumption, for the UI, the tornado chart and validation messages. */
export const ASSUMPTION_LABELS: Record<AssumptionKey, { label: string; unit: string }> = {
	residualShare: { label: 'Part des postes qui restent sous logiciel propriétaire', unit: 'part (0 à 1)' },
	priceEscalationRate: { label: 'Hausse annuelle des prix des licences', unit: 'taux par an' },
	oneOffCostFactor: { label: 'Coûts ponctuels de migration', unit: 'coefficient' },
	recurringCostFactor: { label: 'Support et hébergement de l’alternative', unit: 'coefficient' },
	trainingDaysFactor: { label: 'Jours de formation par agent', unit: 'coefficient' },
	trainingDayCostCents: { label: 'Coût de formation par agent et par jour', unit: 'centimes' },
	agentDayCostCents: { label: 'Coût chargé d’une journée d’agent', unit: 'centimes' },
	dualRunningMonths: { label: 'Mois de double licence pendant la bascule', unit: 'mois' },
	productivityDipDaysPerAgent: { label: 'Perte de productivité par agent migré', unit: 'jours' },
	hardwareSavingFactor: { label: 'Renouvellement matériel évité', unit: 'coefficient' }
};

/** Allowed interval of each assumption, checked by parseScenario. */
export const ASSUMPTION_BOUNDS: Record<AssumptionKey, { min: number; max: number }> = {
	residualShare: { min: 0, max: 1 },
	priceEscalationRate: { min: -0.5, max: 1 },
	oneOffCostFactor: { min: 0, max: 10 },
	recurringCostFactor: { min: 0, max: 10 },
	trainingDaysFactor: { min: 0, max: 10 },
	trainingDayCostCents: { min: 0, max: 1_000_000 },
	agentDayCostCents: { min: 0, max: 1_000_000 },
	dualRunningMonths: { min: 0, max: 12 },
	productivityDipDaysPerAgent: { min: 0, max: 60 },
	hardwareSavingFactor: { min: 0, max: 10 }
};

/** The `likely` value of every assumption: the inputs of the deterministic (central) projection. */
export function pickLikelyValues(assumptions: ScenarioAssumptions): AssumptionValues {
	return pickValues(assumptions, 'likely');
}

/** One point of every range: all at low, all at likely or all at high. */
export function pickValues(assumptions: ScenarioAssumptions, point: keyof Range): AssumptionValues {
	return {
		residualShare: assumptions.residualShare[point],
		priceEscalationRate: assumptions.priceEscalationRate[point],
		oneOffCostFactor: assumptions.oneOffCostFactor[point],
		recurringCostFactor: assumptions.recurringCostFactor[point],
		trainingDaysFactor: assumptions.trainingDaysFactor[point],
		trainingDayCostCents: assumptions.trainingDayCostCents[point],
		agentDayCostCents: assumptions.agentDayCostCents[point],
		dualRunningMonths: assumptions.dualRunningMonths[point],
		productivityDipDaysPerAgent: assumptions.productivityDipDaysPerAgent[point],
		hardwareSavingFactor: assumptions.hardwareSavingFactor[point]
	};
}

/** A range with no uncertainty. */
export function fixedRange(value: number): Range {
	return { low: value, likely: value, high: value };
}

/**
 * Inverse CDF of the triangular distribution (min a = low, mode c = likely, max b = high) at u ∈ [0, 1):
 *   x = a + √(u (b − a)(c − a))            if u < (c − a)/(b − a)
 *   x = b − √((1 − u)(b − a)(b − c))      otherwise.
 * Triangular rather than PERT: the inverse CDF is closed-form (one uniform and one square root per draw, no
 * Beta/Gamma sampling and no rejection loop, so a draw costs the same every time and a seed reproduces it
 * exactly), and it puts more weight on the tails than PERT for the same three points, which is the prudent
 * choice when ranges come from a handful of published cases. Mean = (a + b + c) / 3.
 */
export function sampleTriangular(low: number, likely: number, high: number, u: number): number {
	const width = high - low;
	if (width <= 0) return likely;
	const modeShare = (likely - low) / width;
	if (u < modeShare) return low + Math.sqrt(u * width * (likely - low));
	return high - Math.sqrt((1 - u) * width * (high - likely));
}

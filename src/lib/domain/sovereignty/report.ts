/**
 * Everything the sovereignty page, the CLI (`cap-libre indicators --json`) and the PDF need, in one call.
 */
import { computeCompleteness, type CompletenessReport } from './completeness';
import {
	computeCompositeScore,
	DEFAULT_COMPOSITE_WEIGHTS,
	type CompositeScore,
	type CompositeWeights
} from './composite';
import { computeInventoryIndicators } from './indicators';
import { assessOrganisationSeal, computeSealShare, type OrganisationSeal } from './seal';
import { SEAL_DISCLAIMER, type SealLevel } from './seal-product';
import { computeTnlEvidence, type TnlEvidence } from './tnl';
import type { Indicator, IndicatorUnit, Inventory } from './types';

export interface SovereigntyReport {
	/** "Auto-évaluation, pas une certification": print it wherever the SEAL-like level appears. */
	disclaimer: string;
	/** Inventory indicators followed by the seat shares at SEAL ≥ 2 and ≥ 3. */
	indicators: Indicator[];
	seal: OrganisationSeal;
	composite: CompositeScore;
	tnl: TnlEvidence;
	completeness: CompletenessReport;
}

/** One row of `cap-libre indicators --json`. */
export interface IndicatorRow {
	id: string;
	name: string;
	value: number | null;
	unit: IndicatorUnit;
	coverage: number;
	level?: SealLevel | null;
}

/**
 * Computes all indicators, the SEAL-like self-assessment, the composite score (with `weights`, normalised;
 * DEFAULT_COMPOSITE_WEIGHTS when omitted), the TNL evidence and the list of attributes to complete.
 */
export function computeAllIndicators(
	inventory: Inventory,
	weights: Readonly<CompositeWeights> = DEFAULT_COMPOSITE_WEIGHTS
): SovereigntyReport {
	const seal = assessOrganisationSeal(inventory);
	const indicators = [
		...computeInventoryIndicators(inventory),
		computeSealShare(inventory, seal, 2),
		computeSealShare(inventory, seal, 3)
	];
	return {
		disclaimer: SEAL_DISCLAIMER,
		indicators,
		seal,
		composite: computeCompositeScore(indicators, weights),
		tnl: computeTnlEvidence(inventory),
		completeness: computeCompleteness(inventory)
	};
}

/**
 * The flat rows of `cap-libre indicators --json`: every indicator, then the SEAL-like score (0–100, with the
 * overall level) and the composite score (0–100).
 */
export function toIndicatorRows(report: SovereigntyReport): IndicatorRow[] {
	return [
		...report.indicators.map(({ id, name, value, unit, coverage }) => ({ id, name, value, unit, coverage })),
		{
			id: 'seal-score',
			name: 'Score SEAL (auto-évaluation, pas une certification)',
			value: report.seal.weightedScore,
			unit: 'score',
			coverage: report.seal.coverage,
			level: report.seal.overallLevel
		},
		{
			id: 'composite-score',
			name: 'Score de souveraineté',
			value: report.composite.score,
			unit: 'score',
			coverage: report.composite.coverage
		}
	];
}

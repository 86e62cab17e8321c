/**
 * Public API of the sovereignty module: indicators with definition, formula, inputs and coverage; a SEAL-like
 * self-assessment (not a certification); a composite score with its breakdown; migration projections;
 * TNL application evidence; and the attributes left to complete.
 */
export * from './types';
export { computeWeightedShare, type WeightedShare } from './aggregate';
export {
	isExposedToNonEuLaw,
	isMutualised,
	isOpenSource,
	isReversible,
	hasSeveralProviders
} from './classify';
export {
	computeInventoryIndicators,
	findIndicator,
	INVENTORY_INDICATOR_IDS,
	type InventoryIndicatorId
} from './indicators';
export { computeOpenSourceSeatsShare, computeOpenSourceSpendShare } from './indicators-licence';
export { computeNonEuSpend, computeNonEuSpendShare, computeNonEuSeatsShare } from './indicators-jurisdiction';
export { computeHostingBreakdown, computeHostingShare } from './indicators-hosting';
export {
	computeConcentrationIndicators,
	computeVendorConcentration,
	HHI_HIGH_THRESHOLD,
	HHI_MAX,
	HHI_MODERATE_THRESHOLD,
	type VendorConcentration,
	type VendorSpend
} from './indicators-concentration';
export { computeOpenFormatsShare, computeReversibilityShare } from './indicators-openness';
export {
	computeMutualisedSeatsShare,
	computeMutualisedToolsShare,
	listMutualisedTools,
	type MutualisedTools
} from './indicators-mutualisation';
export { SOV_OBJECTIVE_IDS, SOV_OBJECTIVES, type SovObjective, type SovObjectiveId } from './seal-objectives';
export {
	assessProductSeal,
	determineSealLevel,
	SEAL_DISCLAIMER,
	SEAL_LEVEL_NAMES,
	SEAL_LEVELS,
	type ProductSeal,
	type SealLevel
} from './seal-product';
export {
	assessOrganisationSeal,
	computeSealShare,
	mapScoreToLevel,
	type ObjectiveResult,
	type OrganisationSeal
} from './seal';
export {
	COMPOSITE_COMPONENT_IDS,
	computeCompositeScore,
	DEFAULT_COMPOSITE_WEIGHTS,
	normaliseCompositeWeights,
	type CompositeComponent,
	type CompositeComponentId,
	type CompositeScore,
	type CompositeWeights
} from './composite';
export {
	projectMigration,
	type MigrationMove,
	type MigrationWave,
	type Projection,
	type ProjectionStep
} from './projection';
export {
	computeTnlEvidence,
	TNL_DIMENSIONS,
	TNL_DISCLAIMER,
	type TnlEvidence,
	type TnlEvidenceItem
} from './tnl';
export {
	computeCompleteness,
	type AttributeGap,
	type CompletenessReport,
	type MissingAttribute,
	type ProductToComplete
} from './completeness';
export { computeAllIndicators, toIndicatorRows, type IndicatorRow, type SovereigntyReport } from './report';

export type {
	AssumptionKey,
	AssumptionValues,
	LineProjection,
	Projection,
	Range,
	Scenario,
	ScenarioAssumptions,
	ScenarioCostBreakdown,
	ScenarioLine,
	TemplateId,
	YearProjection
} from './types';
export { ASSUMPTION_KEYS, TEMPLATE_IDS } from './types';
export {
	ASSUMPTION_BOUNDS,
	ASSUMPTION_LABELS,
	fixedRange,
	pickLikelyValues,
	pickValues,
	sampleTriangular
} from './assumptions';
export {
	computeDiscountFactors,
	computeNpv,
	DEFAULT_DISCOUNT_RATE,
	DISCOUNT_RATE_OPTIONS,
	findPaybackYear,
	roundCents
} from './finance';
export { computeLinePrice, computeProjection, computeRolloutShares, resolveResidualShare } from './model';
export type { MonteCarloOptions, MonteCarloResult, Percentiles } from './monte-carlo';
export { computePercentile, DEFAULT_DRAWS, DEFAULT_SEED, runMonteCarlo } from './monte-carlo';
export { createMulberry32, type RandomSource } from './prng';
export type { Tornado, TornadoBar } from './tornado';
export { computeTornado } from './tornado';
export type { ServiceShelfware, SeatUsageInput, ShelfwareReport, ShelfwareRow } from './shelfware';
export { computeShelfware } from './shelfware';
export type { ScenarioTemplate } from './templates';
export { createScenarioFromTemplate, SCENARIO_TEMPLATES } from './templates';
export type { ParseScenarioResult } from './parse-scenario';
export { parseScenario } from './parse-scenario';
export { computeYearlyUnitPrice, createLineFromCatalogue, findDefaultAlternative } from './from-catalogue';
export { BENCHMARK_LINE_COUNT, benchmarkMonteCarloInput } from './benchmark';

/**
 * Types of the savings model. A `Scenario` is plain JSON: it is stored in the database and it is also the
 * file format of `cap-libre simulate <scenario.json>`.
 *
 * ## Scenario file (schemaVersion 1)
 * ```jsonc
 * {
 *   "schemaVersion": 1,                // optional; 1 if present
 *   "name": "Bureautique 2027-2031",   // required, non-empty
 *   "template": "central",             // optional: "prudent" | "central" | "ambitious" (default "central");
 *                                      //   fills every field below that is left out
 *   "horizonYears": 5,                 // integer 1–30
 *   "discountRate": 0.032,             // real rate, 0–0.5 (France Stratégie 2021: 0.032; also 0.045, 0)
 *   "waves": [0.1, 0.4, 0.5],          // share of migratable seats switched at the start of year 1, 2, 3…
 *                                      //   (year 1 = pilot); each 0–1, sum ≤ 1; years past the list: 0
 *   "agentCount": 250,                 // optional; agents for "savings per agent" (default: largest line)
 *   "assumptions": {                   // each key optional; a number n means {low: n, likely: n, high: n}
 *     "residualShare":               { "low": 0.1, "likely": 0.15, "high": 0.3 }, // seats kept proprietary, 0–1
 *     "priceEscalationRate":         { "low": 0, "likely": 0.03, "high": 0.06 },  // licence price rise per year
 *     "oneOffCostFactor":            { "low": 0.8, "likely": 1, "high": 2 },      // × line one-off per seat
 *     "recurringCostFactor":         { "low": 0.8, "likely": 1, "high": 1.5 },    // × line support/hosting
 *     "trainingDaysFactor":          { "low": 0.5, "likely": 1, "high": 2 },      // × line training days
 *     "trainingDayCostCents":        { "low": 0, "likely": 15000, "high": 30000 },// trainer cost per agent-day
 *     "agentDayCostCents":           { "low": 15000, "likely": 20000, "high": 25000 }, // loaded agent day
 *     "dualRunningMonths":           { "low": 0, "likely": 3, "high": 12 },       // months paying both, 0–12
 *     "productivityDipDaysPerAgent": { "low": 0, "likely": 0.5, "high": 3 },      // days lost per migrated agent
 *     "hardwareSavingFactor":        { "low": 0.5, "likely": 1, "high": 1.2 }     // × line avoided hardware
 *   },                                 // low ≤ likely ≤ high for every key
 *   "lines": [{
 *     "id": "m365-business-standard",  // required, unique
 *     "label": "Microsoft 365 Business Standard", // default: id
 *     "catalogueId": "m365-business-standard",    // optional: fills missing costs from the catalogue
 *     "alternativeId": "libreoffice",             // optional (default: the entry's first alternative)
 *     "seats": 40,                                // integer ≥ 0
 *     "unitPriceCentsPerYear": 129960,            // integer cents per seat per year (from catalogue if absent)
 *     "priceScheduleCentsPerSeat": null,          // optional per-year prices, replaces price × escalation
 *     "oneOffCentsPerSeat": 8900,                 // integer cents per migrated seat (default: catalogue, else 0)
 *     "recurringCentsPerSeatYear": 500,           // integer cents per migrated seat per year
 *     "trainingDaysPerAgent": 1,                  // ≥ 0
 *     "hardwareCentsPerSeatYear": 0,              // integer cents, hardware renewal avoided per migrated seat
 *     "residualShare": null                       // optional 0–1, overrides the scenario's residual share
 *   }]
 * }
 * ```
 */
import type { Cents } from '../money';

/** Three-point estimate of an uncertain assumption; `likely` is what the deterministic model uses. */
export interface Range {
	low: number;
	likely: number;
	high: number;
}

export const ASSUMPTION_KEYS = [
	'residualShare',
	'priceEscalationRate',
	'oneOffCostFactor',
	'recurringCostFactor',
	'trainingDaysFactor',
	'trainingDayCostCents',
	'agentDayCostCents',
	'dualRunningMonths',
	'productivityDipDaysPerAgent',
	'hardwareSavingFactor'
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

export type ScenarioAssumptions = Record<AssumptionKey, Range>;
/** One value per assumption: the likely values, or one Monte Carlo draw, or a tornado probe. */
export type AssumptionValues = Record<AssumptionKey, number>;

export const TEMPLATE_IDS = ['prudent', 'central', 'ambitious'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** One product line in scope: a proprietary product, its seats and what replacing it costs. */
export interface ScenarioLine {
	id: string;
	label: string;
	catalogueId: string | null;
	alternativeId: string | null;
	seats: number;
	unitPriceCentsPerYear: Cents;
	priceScheduleCentsPerSeat: Cents[] | null;
	oneOffCentsPerSeat: Cents;
	recurringCentsPerSeatYear: Cents;
	trainingDaysPerAgent: number;
	hardwareCentsPerSeatYear: Cents;
	residualShare: number | null;
}

export interface Scenario {
	schemaVersion: 1;
	name: string;
	template: TemplateId | null;
	horizonYears: number;
	discountRate: number;
	waves: number[];
	agentCount: number | null;
	assumptions: ScenarioAssumptions;
	lines: ScenarioLine[];
}

/** Scenario-side cost buckets of one year, in cents (each rounded once per line and year). */
export interface ScenarioCostBreakdown {
	licences: Cents;
	dualRunning: Cents;
	hardware: Cents;
	alternative: Cents;
	oneOff: Cents;
	training: Cents;
	productivity: Cents;
}

export interface YearProjection {
	/** 1-based year of the horizon. */
	year: number;
	baselineCents: Cents;
	scenarioCents: Cents;
	/** baseline − scenario: the net cash flow of the switch that year (negative while investing). */
	savingsCents: Cents;
	cumulativeSavingsCents: Cents;
	discountedSavingsCents: Cents;
	/** Seats on the alternative during the year. */
	migratedSeats: number;
	scenarioCosts: ScenarioCostBreakdown;
}

export interface LineProjection {
	id: string;
	label: string;
	baselineCents: Cents;
	scenarioCents: Cents;
	savingsCents: Cents;
	/** Seats on the alternative in the last year of the horizon. */
	migratedSeats: number;
}

export interface Projection {
	years: YearProjection[];
	lines: LineProjection[];
	baselineCents: Cents;
	scenarioCents: Cents;
	cumulativeSavingsCents: Cents;
	npvCents: Cents;
	discountRate: number;
	/** First year from which cumulative savings stay ≥ 0 to the end of the horizon; null if never. */
	paybackYear: number | null;
	agentCount: number;
	/** Cumulative savings ÷ agents, in cents; null when there are no agents. */
	savingsPerAgentCents: Cents | null;
}

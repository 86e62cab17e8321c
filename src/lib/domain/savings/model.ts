/**
 * Deterministic TCO comparison over N years: keep the proprietary products (baseline) or switch them to
 * open-source alternatives in waves (scenario).
 *
 * Method (Canada TBS "FOSS Cost Comparison Model", 2007): only the costs that differ between the two
 * options are modelled — licences, hardware renewal the proprietary product forces, migration, training,
 * dual running, productivity dip, support and hosting of the alternative. Costs common to both (desktop
 * support staff, electricity, the PCs themselves) are left out on purpose; licences of the seats that stay
 * proprietary appear on both sides and cancel in the savings.
 *
 * Notation, for line l in year t (t = 1…N), with the assumption values v:
 *   S       seats of the line                      P    unit price, cents per seat per year
 *   r       residual share (line override, else v.residualShare)          u = S × (1 − r) migratable seats
 *   C_t     cumulative rollout share = min(1, w_1 + … + w_t)              Δ_t = C_t − C_(t−1)
 *   A_t     seats on the alternative = u × C_t     M_t  seats switched at the start of year t = u × Δ_t
 *   p_t     price = schedule[t] if the line has one (0 past its end), else P × (1 + g)^(t − 1), g = escalation
 *   h       avoided hardware per seat-year = line hardware × v.hardwareSavingFactor
 * Baseline_t = S × p_t  +  S × h
 * Scenario_t = (S − A_t) × p_t                                  licences still paid
 *            + M_t × p_t × min(m, 12) / 12                       dual running, m = v.dualRunningMonths
 *            + (S − A_t) × h                                      hardware still renewed
 *            + A_t × R × v.recurringCostFactor                   support/hosting, R = line cents per seat-year
 *            + M_t × O × v.oneOffCostFactor                      one-off, O = line cents per migrated seat
 *            + M_t × T × v.trainingDaysFactor × (c_train + c_agent)  training, T = line days per agent
 *            + M_t × v.productivityDipDaysPerAgent × c_agent      productivity dip (sensitivity parameter)
 * Savings_t = Baseline_t − Scenario_t (the switch's net cash flow); cumulative and NPV from finance.ts.
 * Rounding: each bucket above is rounded to whole cents once per line and per year (half away from zero),
 * then summed as integers; so totals equal the sum of the displayed lines, and seats may be fractional.
 */
import type { Cents } from '../money';
import { pickLikelyValues } from './assumptions';
import { computeDiscountFactors, findPaybackYear, roundCents } from './finance';
import type {
	AssumptionValues,
	LineProjection,
	Projection,
	Scenario,
	ScenarioCostBreakdown,
	ScenarioLine,
	YearProjection
} from './types';

/** C_t and Δ_t of the header, for t = 1…horizon: waves past the horizon never start. */
export function computeRolloutShares(waves: readonly number[], horizonYears: number) {
	const cumulative: number[] = [];
	const started: number[] = [];
	let previous = 0;
	for (let t = 0; t < horizonYears; t++) {
		const current = Math.min(1, Math.max(0, previous + (waves[t] ?? 0)));
		cumulative.push(current);
		started.push(current - previous);
		previous = current;
	}
	return { cumulative, started };
}

/** Residual share of a line: its own if set, otherwise the scenario's; clamped to [0, 1]. */
export function resolveResidualShare(line: ScenarioLine, values: AssumptionValues): number {
	return Math.min(1, Math.max(0, line.residualShare ?? values.residualShare));
}

/** p_t of the header, in (fractional) cents per seat for the 0-based year index t. */
export function computeLinePrice(line: ScenarioLine, t: number, escalationRate: number): number {
	if (line.priceScheduleCentsPerSeat) return line.priceScheduleCentsPerSeat[t] ?? 0;
	return line.unitPriceCentsPerYear * Math.pow(1 + escalationRate, t);
}

const COST_BUCKETS = [
	'licences',
	'dualRunning',
	'hardware',
	'alternative',
	'oneOff',
	'training',
	'productivity'
] as const satisfies readonly (keyof ScenarioCostBreakdown)[];

function emptyBreakdown(): ScenarioCostBreakdown {
	return {
		licences: 0,
		dualRunning: 0,
		hardware: 0,
		alternative: 0,
		oneOff: 0,
		training: 0,
		productivity: 0
	};
}

/** Baseline and scenario buckets of one line in one year (formulas in the module header), rounded. */
function computeLineYear(
	line: ScenarioLine,
	t: number,
	values: AssumptionValues,
	shares: ReturnType<typeof computeRolloutShares>
) {
	const migratable = line.seats * (1 - resolveResidualShare(line, values));
	const onAlternative = migratable * shares.cumulative[t];
	const switched = migratable * shares.started[t];
	const stayed = line.seats - onAlternative;
	const price = computeLinePrice(line, t, values.priceEscalationRate);
	const hardware = line.hardwareCentsPerSeatYear * values.hardwareSavingFactor;
	const agentDay = values.agentDayCostCents;
	const costs: ScenarioCostBreakdown = {
		licences: roundCents(stayed * price),
		dualRunning: roundCents((switched * price * Math.min(values.dualRunningMonths, 12)) / 12),
		hardware: roundCents(stayed * hardware),
		alternative: roundCents(onAlternative * line.recurringCentsPerSeatYear * values.recurringCostFactor),
		oneOff: roundCents(switched * line.oneOffCentsPerSeat * values.oneOffCostFactor),
		training: roundCents(
			switched *
				line.trainingDaysPerAgent *
				values.trainingDaysFactor *
				(values.trainingDayCostCents + agentDay)
		),
		productivity: roundCents(switched * values.productivityDipDaysPerAgent * agentDay)
	};
	const baseline = roundCents(line.seats * price) + roundCents(line.seats * hardware);
	return { baseline, costs, onAlternative };
}

function sumBreakdown(costs: ScenarioCostBreakdown): Cents {
	return (
		costs.licences +
		costs.dualRunning +
		costs.hardware +
		costs.alternative +
		costs.oneOff +
		costs.training +
		costs.productivity
	);
}

/**
 * Projects a scenario year by year. `values` defaults to the likely value of every assumption (the central
 * projection); the tornado and the tests pass other values. Outputs are integer cents.
 * NPV uses the scenario's discount rate (finance.computeNpv conventions); savings per agent =
 * round(cumulative savings ÷ agents), agents = scenario.agentCount, else the largest line's seats.
 */
export function computeProjection(
	scenario: Scenario,
	values: AssumptionValues = pickLikelyValues(scenario.assumptions)
): Projection {
	const shares = computeRolloutShares(scenario.waves, scenario.horizonYears);
	const factors = computeDiscountFactors(scenario.discountRate, scenario.horizonYears);
	const lines: LineProjection[] = scenario.lines.map((line) => ({
		id: line.id,
		label: line.label,
		baselineCents: 0,
		scenarioCents: 0,
		savingsCents: 0,
		migratedSeats: 0
	}));
	const years: YearProjection[] = [];
	let cumulative = 0;
	let npv = 0;
	for (let t = 0; t < scenario.horizonYears; t++) {
		const scenarioCosts = emptyBreakdown();
		let baseline = 0;
		let migratedSeats = 0;
		scenario.lines.forEach((line, l) => {
			const lineYear = computeLineYear(line, t, values, shares);
			const lineScenario = sumBreakdown(lineYear.costs);
			for (const bucket of COST_BUCKETS) {
				scenarioCosts[bucket] += lineYear.costs[bucket];
			}
			baseline += lineYear.baseline;
			migratedSeats += lineYear.onAlternative;
			lines[l].baselineCents += lineYear.baseline;
			lines[l].scenarioCents += lineScenario;
			lines[l].savingsCents += lineYear.baseline - lineScenario;
			lines[l].migratedSeats = lineYear.onAlternative;
		});
		const scenarioTotal = sumBreakdown(scenarioCosts);
		const savings = baseline - scenarioTotal;
		const discounted = roundCents(savings * factors[t]);
		cumulative += savings;
		npv += discounted;
		years.push({
			year: t + 1,
			baselineCents: baseline,
			scenarioCents: scenarioTotal,
			savingsCents: savings,
			cumulativeSavingsCents: cumulative,
			discountedSavingsCents: discounted,
			migratedSeats,
			scenarioCosts
		});
	}
	const agentCount = scenario.agentCount ?? Math.max(0, ...scenario.lines.map((line) => line.seats));
	return {
		years,
		lines,
		baselineCents: years.reduce((sum, year) => sum + year.baselineCents, 0),
		scenarioCents: years.reduce((sum, year) => sum + year.scenarioCents, 0),
		cumulativeSavingsCents: cumulative,
		npvCents: npv,
		discountRate: scenario.discountRate,
		paybackYear: findPaybackYear(years.map((year) => year.cumulativeSavingsCents)),
		agentCount,
		savingsPerAgentCents: agentCount > 0 ? roundCents(cumulative / agentCount) : null
	};
}

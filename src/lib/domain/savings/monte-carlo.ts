/**
 * Monte Carlo simulation of a scenario's uncertainty: every assumption is drawn from its triangular
 * distribution (low, likely, high; see assumptions.sampleTriangular for why triangular), the projection is
 * recomputed, and the spread of cumulative savings and NPV is summarised as P10/P50/P90.
 *
 * Each draw samples every assumption once and applies it to every line (perfect correlation across lines):
 * the uncertainty is about shared facts (price policy, cost of a day, how much stays proprietary), and
 * drawing per line would let errors cancel out and shrink the spread artificially.
 *
 * Speed: inputs are copied once into typed arrays; the inner loop (draws × lines × years) uses the algebraic
 * form of model.ts, Savings_t = Σ_l u_l (C_t (p_lt + h_l − R_l f_R) − Δ_t (p_lt m/12 + K_l)), with
 * K_l = O_l f_O + T_l f_T (c_train + c_agent) + dip × c_agent, and allocates nothing. Money is not rounded
 * per item inside the loop; the percentiles are rounded to cents at the end, so a draw differs from the
 * deterministic model by at most 0.5 cent per bucket, line and year.
 */
import type { Cents } from '../money';
import { sampleTriangular } from './assumptions';
import { computeDiscountFactors, roundCents } from './finance';
import { computeRolloutShares } from './model';
import { createMulberry32 } from './prng';
import { ASSUMPTION_KEYS, type Scenario } from './types';

export const DEFAULT_DRAWS = 10_000;
/** Any fixed seed makes runs reproducible; this one is Windows 10's end of support, 2025-10-14. */
export const DEFAULT_SEED = 20251014;

export interface MonteCarloOptions {
	draws?: number;
	seed?: number;
}

export interface Percentiles {
	p10: Cents;
	p50: Cents;
	p90: Cents;
	mean: Cents;
}

export interface MonteCarloResult {
	draws: number;
	seed: number;
	cumulativeSavings: Percentiles;
	npv: Percentiles;
	/** Share of draws whose cumulative (undiscounted) savings over the horizon are > 0. */
	probabilityOfSaving: number;
	/** Share of draws whose NPV is > 0. */
	probabilityNpvPositive: number;
}

/**
 * Percentile q ∈ [0, 1] of an ascending-sorted sample, by linear interpolation between closest ranks
 * (position q × (n − 1), "type 7" of Hyndman & Fan, the default of R and NumPy).
 */
export function computePercentile(sorted: Float64Array, q: number): number {
	if (sorted.length === 0) return 0;
	const position = q * (sorted.length - 1);
	const below = Math.floor(position);
	const above = Math.min(sorted.length - 1, below + 1);
	return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

function summarise(sample: Float64Array): Percentiles {
	let total = 0;
	for (let i = 0; i < sample.length; i++) total += sample[i];
	sample.sort();
	return {
		p10: roundCents(computePercentile(sample, 0.1)),
		p50: roundCents(computePercentile(sample, 0.5)),
		p90: roundCents(computePercentile(sample, 0.9)),
		mean: sample.length === 0 ? 0 : roundCents(total / sample.length)
	};
}

/**
 * Runs `draws` (default 10,000) seeded draws of the scenario. Same scenario + same seed = same result on
 * any engine. Cost is O(draws × lines × years) with no allocation per draw: this is the function to bench.
 */
export function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult {
	const draws = options.draws ?? DEFAULT_DRAWS;
	const seed = options.seed ?? DEFAULT_SEED;
	const years = scenario.horizonYears;
	const lineCount = scenario.lines.length;
	const { cumulative: rollout, started } = computeRolloutShares(scenario.waves, years);
	const discount = computeDiscountFactors(scenario.discountRate, years);

	const seats = new Float64Array(lineCount);
	const residualOverride = new Float64Array(lineCount);
	const unitPrice = new Float64Array(lineCount);
	const hasSchedule = new Uint8Array(lineCount);
	const schedule = new Float64Array(lineCount * years);
	const oneOff = new Float64Array(lineCount);
	const recurring = new Float64Array(lineCount);
	const trainingDays = new Float64Array(lineCount);
	const hardware = new Float64Array(lineCount);
	scenario.lines.forEach((line, l) => {
		seats[l] = line.seats;
		residualOverride[l] = line.residualShare ?? Number.NaN;
		unitPrice[l] = line.unitPriceCentsPerYear;
		oneOff[l] = line.oneOffCentsPerSeat;
		recurring[l] = line.recurringCentsPerSeatYear;
		trainingDays[l] = line.trainingDaysPerAgent;
		hardware[l] = line.hardwareCentsPerSeatYear;
		if (line.priceScheduleCentsPerSeat) {
			hasSchedule[l] = 1;
			for (let t = 0; t < years; t++) schedule[l * years + t] = line.priceScheduleCentsPerSeat[t] ?? 0;
		}
	});

	const ranges = ASSUMPTION_KEYS.map((key) => scenario.assumptions[key]);
	const lows = Float64Array.from(ranges, (range) => range.low);
	const likelies = Float64Array.from(ranges, (range) => range.likely);
	const highs = Float64Array.from(ranges, (range) => range.high);
	const drawn = new Float64Array(ranges.length);
	const escalation = new Float64Array(years);
	const yearly = new Float64Array(years);
	const cumulativeSample = new Float64Array(draws);
	const npvSample = new Float64Array(draws);
	const random = createMulberry32(seed);
	let saving = 0;
	let npvPositive = 0;

	for (let d = 0; d < draws; d++) {
		for (let k = 0; k < drawn.length; k++)
			drawn[k] = sampleTriangular(lows[k], likelies[k], highs[k], random());
		// Indices follow ASSUMPTION_KEYS; indexed reads, because destructuring would allocate an iterator.
		const residual = drawn[0];
		const growth = drawn[1];
		const fOneOff = drawn[2];
		const fRecurring = drawn[3];
		const agentCost = drawn[6];
		const dual = Math.min(drawn[7], 12) / 12;
		const perTrainingDay = drawn[4] * (drawn[5] + agentCost);
		const perDip = drawn[8] * agentCost;
		const fHardware = drawn[9];
		for (let t = 0; t < years; t++) {
			escalation[t] = Math.pow(1 + growth, t);
			yearly[t] = 0;
		}
		for (let l = 0; l < lineCount; l++) {
			const override = residualOverride[l];
			const kept = Number.isNaN(override) ? residual : override;
			const migratable = seats[l] * (1 - (kept < 0 ? 0 : kept > 1 ? 1 : kept));
			if (migratable === 0) continue;
			const perSwitch = oneOff[l] * fOneOff + trainingDays[l] * perTrainingDay + perDip;
			const keepSaving = hardware[l] * fHardware - recurring[l] * fRecurring;
			const scheduled = hasSchedule[l] === 1;
			for (let t = 0; t < years; t++) {
				const price = scheduled ? schedule[l * years + t] : unitPrice[l] * escalation[t];
				yearly[t] +=
					migratable * (rollout[t] * (price + keepSaving) - started[t] * (price * dual + perSwitch));
			}
		}
		let total = 0;
		let npv = 0;
		for (let t = 0; t < years; t++) {
			total += yearly[t];
			npv += yearly[t] * discount[t];
		}
		cumulativeSample[d] = total;
		npvSample[d] = npv;
		if (total > 0) saving++;
		if (npv > 0) npvPositive++;
	}

	return {
		draws,
		seed,
		cumulativeSavings: summarise(cumulativeSample),
		npv: summarise(npvSample),
		probabilityOfSaving: draws === 0 ? 0 : saving / draws,
		probabilityNpvPositive: draws === 0 ? 0 : npvPositive / draws
	};
}

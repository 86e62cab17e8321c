/**
 * Discounting and payback, shared by the deterministic model and the Monte Carlo simulation.
 *
 * Timing convention: the switch happens at the start of each year (licences are renewed yearly and the
 * migration costs are paid as a wave starts), so year 1 is not discounted and year t is discounted by
 * (1 + r)^(t − 1). Discount rates are real (constant euros), like the price escalation they are compared to.
 */
import type { Cents } from '../money';

/** France Stratégie / DG Trésor, "Révision du taux d'actualisation" (21 Oct 2021): 1.2 % + β × 2 %, β = 1. */
export const DEFAULT_DISCOUNT_RATE = 0.032;

/** The rates offered in the UI, with a French label and where each comes from. */
export const DISCOUNT_RATE_OPTIONS = [
	{ rate: 0.032, label: '3,2 % (France Stratégie, 2021 — recommandé)' },
	{ rate: 0.045, label: '4,5 % (rapport Quinet, 2013 — remplacé)' },
	{ rate: 0, label: '0 % (sans actualisation)' }
] as const;

/** Discount factor of each 1-based year: d_t = (1 + r)^−(t − 1). */
export function computeDiscountFactors(rate: number, years: number): number[] {
	const factors: number[] = [];
	for (let t = 0; t < years; t++) factors.push(Math.pow(1 + rate, -t));
	return factors;
}

/**
 * Net present value of yearly cash flows (cents, year 1 first): NPV = Σ_t round(CF_t × (1 + r)^−(t − 1)).
 * Each discounted year is rounded to the cent, then summed, so the NPV equals the sum of the displayed
 * discounted years and, at r = 0, exactly the sum of the flows.
 */
export function computeNpv(cashFlows: readonly Cents[], rate: number): Cents {
	const factors = computeDiscountFactors(rate, cashFlows.length);
	let npv = 0;
	for (let t = 0; t < cashFlows.length; t++) npv += roundCents(cashFlows[t] * factors[t]);
	return npv;
}

/**
 * Payback year (1-based): the first year from which the cumulative savings are ≥ 0 and stay ≥ 0 until the
 * end of the horizon. With one investment up front this is "the first year cumulative savings ≥ 0"; the
 * "stay" clause keeps a later wave of costs from being hidden by a good first year. Null when the savings
 * never recover, or when nothing happens at all (every flow is 0).
 */
export function findPaybackYear(cumulativeSavings: readonly Cents[]): number | null {
	if (cumulativeSavings.every((value) => value === 0)) return null;
	let payback: number | null = null;
	for (let t = 0; t < cumulativeSavings.length; t++) {
		if (cumulativeSavings[t] < 0) payback = null;
		else if (payback === null) payback = t + 1;
	}
	return payback;
}

/** Rounds a fractional amount of cents to whole cents, half away from zero (like money.toCents). */
export function roundCents(cents: number): Cents {
	const rounded = Math.sign(cents) * Math.round(Math.abs(cents));
	return rounded === 0 ? 0 : rounded;
}

/**
 * Every figure a scenario page, a dashboard or the council report shows about one scenario, computed in one
 * place from the pure savings model so that screen and paper agree: the deterministic projection, the
 * Monte Carlo summary, the yearly uncertainty band of cumulative savings, and the tornado.
 */
import type { Cents } from '../domain/money';
import {
	computeProjection,
	computeTornado,
	DEFAULT_DRAWS,
	DEFAULT_SEED,
	runMonteCarlo,
	type MonteCarloOptions,
	type MonteCarloResult,
	type Projection,
	type Scenario,
	type Tornado
} from '../domain/savings';

export interface BandPoint {
	/** 1-based year of the horizon. */
	year: number;
	p10: Cents;
	p50: Cents;
	p90: Cents;
}

export interface ScenarioFigures {
	projection: Projection;
	monteCarlo: MonteCarloResult;
	band: BandPoint[];
	tornado: Tornado;
}

/**
 * P10, P50 and P90 of the cumulative savings at the end of each year t = 1…N.
 * Cumulative savings to year t do not depend on later years (waves past t have not started, discounting
 * plays no part), so they are the cumulative savings of the same scenario with a horizon of t years.
 * runMonteCarlo draws the same assumptions in the same order whatever the horizon (10 uniforms per draw,
 * one seeded generator), so with one seed the N runs share their draws and the last point equals the
 * full run's percentiles. The band is pointwise: the P10 of year 2 and the P10 of year 3 may come from
 * different draws, so the band is not one pessimistic path. Cost: N runs of `draws` draws.
 */
export function computeCumulativeBand(scenario: Scenario, options: MonteCarloOptions = {}): BandPoint[] {
	const band: BandPoint[] = [];
	for (let year = 1; year <= scenario.horizonYears; year++) {
		const { cumulativeSavings } = runMonteCarlo({ ...scenario, horizonYears: year }, options);
		band.push({ year, p10: cumulativeSavings.p10, p50: cumulativeSavings.p50, p90: cumulativeSavings.p90 });
	}
	return band;
}

/**
 * Projection (likely values), Monte Carlo (default 10,000 draws, seed 20251014), band and tornado of one
 * scenario. Pure and deterministic: the same scenario always gives the same figures, on the server and in
 * the browser.
 */
export function computeScenarioFigures(scenario: Scenario, options: MonteCarloOptions = {}): ScenarioFigures {
	const settings = { draws: options.draws ?? DEFAULT_DRAWS, seed: options.seed ?? DEFAULT_SEED };
	return {
		projection: computeProjection(scenario),
		monteCarlo: runMonteCarlo(scenario, settings),
		band: computeCumulativeBand(scenario, settings),
		tornado: computeTornado(scenario)
	};
}

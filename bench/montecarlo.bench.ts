/**
 * Monte Carlo speed: 10,000 seeded draws of a 5-year scenario over 50 product lines built from the default
 * catalogue (domain/savings/benchmark.ts). Target from issue 5: under 250 ms. Median of 7 runs after 2
 * warm-up runs (JIT), so one slow run on a shared machine does not decide the figure.
 */
import { benchmarkMonteCarloInput, runMonteCarlo } from '../src/lib/domain/savings';
import { round, timeMedian, type Figure } from './helpers';

const TARGET_MS = 250;

export async function run(): Promise<Record<string, Figure>> {
	const scenario = benchmarkMonteCarloInput();
	const ms = await timeMedian(() => runMonteCarlo(scenario, { draws: 10_000 }), 7, 2);
	return { montecarlo_10k_ms: { value: round(ms), target: `< ${TARGET_MS}`, ok: ms < TARGET_MS } };
}

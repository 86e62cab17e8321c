/**
 * A realistic, deterministic input for benchmarking runMonteCarlo: 50 product lines built from the default
 * catalogue (Microsoft 365 SKUs, Windows with ESU schedules, mail, files, chat…), central template, 5 years.
 */
import { DEFAULT_CATALOGUE } from '../catalogue/defaults';
import { createLineFromCatalogue, findDefaultAlternative } from './from-catalogue';
import { createScenarioFromTemplate } from './templates';
import type { Scenario, ScenarioLine } from './types';

export const BENCHMARK_LINE_COUNT = 50;

/**
 * 50 lines cycling through the catalogue entries; seat counts vary deterministically between 5 and 400
 * (a mid-sized commune per service), 1 to 3 for site-based products; every fifth line keeps its own residual share and proprietary prices
 * missing from the catalogue (NF) get a plausible price so every line contributes to the inner loop.
 */
export function benchmarkMonteCarloInput(): Scenario {
	const entries = DEFAULT_CATALOGUE.entries;
	const lines: ScenarioLine[] = [];
	for (let i = 0; i < BENCHMARK_LINE_COUNT; i++) {
		const entry = entries[i % entries.length];
		const alternative = findDefaultAlternative(entry, DEFAULT_CATALOGUE);
		// Sites (CMS, portal, maps) count in units, not hundreds.
		const seats = entry.seatUnit === 'site' ? 1 + (i % 3) : 5 + ((i * 137) % 396);
		const line = createLineFromCatalogue(entry, alternative, seats, `${entry.id}-${i}`);
		if (line.unitPriceCentsPerYear === 0 && !line.priceScheduleCentsPerSeat)
			line.unitPriceCentsPerYear = 12_000;
		if (i % 5 === 4) line.residualShare = 0.25;
		lines.push(line);
	}
	return createScenarioFromTemplate('central', lines, { name: 'Banc d’essai Monte Carlo', agentCount: 400 });
}

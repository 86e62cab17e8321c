/**
 * Builds scenario lines from the catalogue's sourced defaults, so a line only needs a product and seats.
 */
import type { Alternative, Catalogue, CatalogueEntry } from '../catalogue/types';
import type { Cents } from '../money';
import type { ScenarioLine } from './types';

/** Price per seat per year in cents: monthly prices × 12 (integer × integer, no rounding). */
export function computeYearlyUnitPrice(entry: CatalogueEntry): Cents {
	return entry.pricePeriod === 'month' ? entry.unitPrice.value * 12 : entry.unitPrice.value;
}

/** The alternative a line uses by default: the entry's first listed one that exists in the catalogue. */
export function findDefaultAlternative(entry: CatalogueEntry, catalogue: Catalogue): Alternative | null {
	for (const id of entry.alternativeIds) {
		const alternative = catalogue.alternatives.find((candidate) => candidate.id === id);
		if (alternative) return alternative;
	}
	return null;
}

/**
 * A scenario line for `seats` seats of a catalogue entry replaced by `alternative`. Values are copied, not
 * referenced: editing the scenario never edits the catalogue. The id defaults to the entry id.
 * With no alternative (null) no switching cost is known, so the line is kept whole on the proprietary side
 * (residual share 1): it shows in the baseline and never yields an unfunded saving.
 */
export function createLineFromCatalogue(
	entry: CatalogueEntry,
	alternative: Alternative | null,
	seats: number,
	id: string = entry.id
): ScenarioLine {
	return {
		id,
		label: alternative ? `${entry.name} → ${alternative.name}` : entry.name,
		catalogueId: entry.id,
		alternativeId: alternative?.id ?? null,
		seats,
		unitPriceCentsPerYear: computeYearlyUnitPrice(entry),
		priceScheduleCentsPerSeat: entry.priceScheduleCentsPerYear
			? [...entry.priceScheduleCentsPerYear.value]
			: null,
		oneOffCentsPerSeat: alternative?.oneOffCentsPerSeat.value ?? 0,
		recurringCentsPerSeatYear: alternative?.recurringCentsPerSeatYear.value ?? 0,
		trainingDaysPerAgent: alternative?.trainingDaysPerAgent.value ?? 0,
		hardwareCentsPerSeatYear: entry.forcedHardwareCentsPerSeatYear?.value ?? 0,
		residualShare: alternative ? null : 1
	};
}

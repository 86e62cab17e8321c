/**
 * Which open-source alternative(s) replace a proprietary line, and what they cost per seat.
 *
 * A suite such as Microsoft 365 Business Standard is more than an office suite: cancelling it means
 * replacing its mail, file sharing, chat and meetings too. Counting only LibreOffice against the whole
 * suite price would overstate the saving (the catalogue's own note says so). So a suite is replaced by a
 * bundle: the first listed alternative of each category the entry lists (office suite, files, mail,
 * meetings, chat), and the line carries the sum of their costs.
 */
import type { Alternative, Catalogue, CatalogueEntry } from '../domain/catalogue';
import type { Cents } from '../domain/money';

/** The choice of a line in the interface: the whole bundle, or one alternative's id. */
export const BUNDLE_CHOICE = 'bundle';

export interface AlternativeCosts {
	oneOffCentsPerSeat: Cents;
	recurringCentsPerSeatYear: Cents;
	trainingDaysPerAgent: number;
}

function findAlternative(catalogue: Catalogue, id: string): Alternative | undefined {
	return catalogue.alternatives.find((alternative) => alternative.id === id);
}

/** The entry's alternatives that exist in the catalogue, in the entry's order (best default first). */
export function listAlternatives(entry: CatalogueEntry, catalogue: Catalogue): Alternative[] {
	return entry.alternativeIds
		.map((id) => findAlternative(catalogue, id))
		.filter((alternative): alternative is Alternative => alternative !== undefined);
}

/**
 * The bundle replacing an entry: the first alternative of each category, in the entry's order. A single
 * alternative when the entry lists only one category (Zoom → Jitsi Meet, Windows → Debian…).
 */
export function listBundle(entry: CatalogueEntry, catalogue: Catalogue): Alternative[] {
	const seen = new Set<string>();
	const bundle: Alternative[] = [];
	for (const alternative of listAlternatives(entry, catalogue)) {
		if (seen.has(alternative.category)) continue;
		seen.add(alternative.category);
		bundle.push(alternative);
	}
	return bundle;
}

/** True when the entry is replaced by more than one product. */
export function isBundle(entry: CatalogueEntry, catalogue: Catalogue): boolean {
	return listBundle(entry, catalogue).length > 1;
}

/**
 * Costs of a set of alternatives used together by one seat: the sum of their one-off costs (cents per
 * migrated seat), recurring costs (cents per seat per year) and training days (days per agent).
 */
export function sumAlternativeCosts(alternatives: readonly Alternative[]): AlternativeCosts {
	return {
		oneOffCentsPerSeat: alternatives.reduce((sum, a) => sum + a.oneOffCentsPerSeat.value, 0),
		recurringCentsPerSeatYear: alternatives.reduce((sum, a) => sum + a.recurringCentsPerSeatYear.value, 0),
		// Rounded to a hundredth of a day: 0.25 + 0.5 must read 0.75, not 0.7500000000000001.
		trainingDaysPerAgent:
			Math.round(alternatives.reduce((sum, a) => sum + a.trainingDaysPerAgent.value, 0) * 100) / 100
	};
}

/** The alternatives a choice stands for: the bundle, one alternative, or none. */
export function resolveChoice(
	entry: CatalogueEntry,
	catalogue: Catalogue,
	choice: string | null
): Alternative[] {
	if (choice === null || choice === '') return [];
	if (choice === BUNDLE_CHOICE) return listBundle(entry, catalogue);
	const alternative = findAlternative(catalogue, choice);
	return alternative ? [alternative] : [];
}

/** The label of a line: "Product → A" or "Product → A + B + C"; the product alone without alternative. */
export function labelLine(productName: string, alternatives: readonly Alternative[]): string {
	return alternatives.length === 0
		? productName
		: `${productName} → ${alternatives.map((alternative) => alternative.name).join(' + ')}`;
}

/** The default choice of an entry: the bundle for a suite, else its first alternative, else none. */
export function defaultChoice(entry: CatalogueEntry, catalogue: Catalogue): string | null {
	const bundle = listBundle(entry, catalogue);
	if (bundle.length > 1) return BUNDLE_CHOICE;
	return bundle[0]?.id ?? null;
}

/**
 * Which choice a stored line reflects: the bundle when its costs are exactly the bundle's sums, else its
 * alternativeId (so a line edited by hand shows the alternative it names, with its own figures).
 */
export function detectChoice(
	line: AlternativeCosts & { alternativeId: string | null },
	entry: CatalogueEntry,
	catalogue: Catalogue
): string | null {
	const bundle = listBundle(entry, catalogue);
	if (bundle.length > 1 && line.alternativeId === bundle[0].id) {
		const sums = sumAlternativeCosts(bundle);
		if (
			sums.oneOffCentsPerSeat === line.oneOffCentsPerSeat &&
			sums.recurringCentsPerSeatYear === line.recurringCentsPerSeatYear &&
			sums.trainingDaysPerAgent === line.trainingDaysPerAgent
		)
			return BUNDLE_CHOICE;
	}
	return line.alternativeId;
}

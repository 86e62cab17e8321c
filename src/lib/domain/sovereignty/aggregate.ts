/**
 * The arithmetic every indicator shares: weighted shares with coverage, and the uniform Indicator object.
 */
import { formatPercent } from '../money';
import {
	LOW_COVERAGE_THRESHOLD,
	type CoverageBasis,
	type Indicator,
	type IndicatorDefinition,
	type Inventory,
	type InventoryLine
} from './types';

/** A line's weight on a basis. Negative amounts (credit notes) and negative seats weigh nothing. */
export function getLineWeight(line: InventoryLine, basis: CoverageBasis): number {
	const raw = basis === 'spend' ? line.spendCents : line.seats;
	return Number.isFinite(raw) && raw > 0 ? raw : 0;
}

export interface WeightedShare {
	/** Σ weight(classified true) / Σ weight(classified non-null); null when nothing is known. */
	value: number | null;
	/** Σ weight(classified non-null) / Σ weight(all); 0 when the total weight is 0. */
	coverage: number;
	totalWeight: number;
	knownWeight: number;
	positiveWeight: number;
}

/**
 * Share of the inventory (by seats or by spend) for which `classify` is true, among lines where it is known.
 * Formula: value = Σ w(true) / Σ w(true or false); coverage = Σ w(true or false) / Σ w(all).
 */
export function computeWeightedShare(
	inventory: Inventory,
	basis: CoverageBasis,
	classify: (line: InventoryLine) => boolean | null
): WeightedShare {
	let totalWeight = 0;
	let knownWeight = 0;
	let positiveWeight = 0;
	for (const line of inventory) {
		const weight = getLineWeight(line, basis);
		totalWeight += weight;
		const verdict = classify(line);
		if (verdict === null) continue;
		knownWeight += weight;
		if (verdict) positiveWeight += weight;
	}
	return {
		value: knownWeight > 0 ? positiveWeight / knownWeight : null,
		coverage: totalWeight > 0 ? knownWeight / totalWeight : 0,
		totalWeight,
		knownWeight,
		positiveWeight
	};
}

const BASIS_WORDING: Record<CoverageBasis, { total: string; some: string }> = {
	seats: { total: 'Aucun poste n’est enregistré dans l’inventaire', some: 'des postes' },
	spend: { total: 'Aucune dépense n’est enregistrée dans l’inventaire', some: 'des dépenses' }
};

export interface ReadingContext {
	inventory: Inventory;
	basis: CoverageBasis;
	coverage: number;
	totalWeight: number;
	/** French description of the missing attribute(s), for the "nothing known" sentence. */
	missingWhat: string;
}

/**
 * The French reading of an indicator: the sentence built from the value, or the reason there is none,
 * with a coverage warning when coverage is low. `body` has no final full stop.
 */
export function buildReading(
	value: number | null,
	body: (value: number) => string,
	context: ReadingContext
): string {
	if (context.inventory.length === 0) return 'Aucune donnée : l’inventaire est vide.';
	if (context.totalWeight <= 0) return `${BASIS_WORDING[context.basis].total} : indicateur non calculable.`;
	if (value === null)
		return `Donnée inconnue : il manque ${context.missingWhat} pour tous les produits concernés.`;
	const sentence = body(value);
	if (context.coverage >= LOW_COVERAGE_THRESHOLD) return `${sentence}.`;
	const known = formatPercent(context.coverage);
	return `${sentence} (information connue pour seulement ${known} ${BASIS_WORDING[context.basis].some}).`;
}

/** Assembles the uniform Indicator object; lowCoverage follows LOW_COVERAGE_THRESHOLD. */
export function buildIndicator(
	definition: IndicatorDefinition,
	value: number | null,
	coverage: number,
	reading: string
): Indicator {
	return {
		...definition,
		inputs: [...definition.inputs],
		value,
		coverage,
		reading,
		lowCoverage: coverage < LOW_COVERAGE_THRESHOLD
	};
}

/**
 * A share indicator in one call: classification → weighted share → reading → Indicator.
 * `sentence` receives the share (0–1) and returns the French sentence without its final full stop.
 */
export function buildShareIndicator(
	definition: IndicatorDefinition,
	inventory: Inventory,
	classify: (line: InventoryLine) => boolean | null,
	sentence: (share: number) => string,
	missingWhat: string
): Indicator {
	const share = computeWeightedShare(inventory, definition.coverageBasis, classify);
	const reading = buildReading(share.value, sentence, {
		inventory,
		basis: definition.coverageBasis,
		coverage: share.coverage,
		totalWeight: share.totalWeight,
		missingWhat
	});
	return buildIndicator(definition, share.value, share.coverage, reading);
}

/** The key a product is grouped under: trimmed, lower-case name, so "LibreOffice " and "libreoffice" match. */
export function toProductKey(name: string): string {
	return name.trim().toLocaleLowerCase('fr');
}

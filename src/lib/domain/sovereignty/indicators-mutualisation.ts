/**
 * Mutualisation: tools referenced in the SILL (Socle interministériel de logiciels libres) or the
 * Comptoir du Libre (ADULLACT), counted per tool and per seat.
 */
import { formatCount, formatPercent } from '../money';
import {
	buildIndicator,
	buildReading,
	buildShareIndicator,
	computeWeightedShare,
	toProductKey
} from './aggregate';
import { isMutualised } from './classify';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

const MUTUALISATION_INPUTS = [
	'référence SILL',
	'référence Comptoir du Libre',
	'licence (libre ou propriétaire)'
];
const MISSING_REFERENCE = 'la licence ou la référence SILL / Comptoir du Libre';

export const MUTUALISED_TOOLS: IndicatorDefinition = {
	id: 'mutualised-tools-share',
	name: 'Outils mutualisés',
	definition:
		'Part des outils distincts de l’inventaire référencés au SILL ou au Comptoir du Libre, c’est-à-dire partagés avec d’autres administrations. La couverture est mesurée en postes.',
	formula: 'outils référencés au SILL ou au Comptoir du Libre ÷ outils dont la référence est connue',
	inputs: [...MUTUALISATION_INPUTS, 'nom du produit'],
	unit: 'ratio',
	coverageBasis: 'seats'
};

export const MUTUALISED_SEATS: IndicatorDefinition = {
	id: 'mutualised-seats-share',
	name: 'Postes sur outils mutualisés',
	definition: 'Part des postes utilisant des outils référencés au SILL ou au Comptoir du Libre.',
	formula: 'postes sur outils référencés ÷ postes dont la référence est connue',
	inputs: [...MUTUALISATION_INPUTS, 'nombre de postes'],
	unit: 'ratio',
	coverageBasis: 'seats'
};

export interface MutualisedTools {
	/** Names of the distinct referenced tools, as first written. */
	referenced: string[];
	/** Number of distinct tools whose status is known. */
	knownCount: number;
}

/**
 * Distinct tools (grouped by trimmed, case-insensitive name) referenced in the SILL or Comptoir du Libre.
 * A tool listed on several lines is referenced if any of its lines is.
 */
export function listMutualisedTools(inventory: Inventory): MutualisedTools {
	const status = new Map<string, { name: string; referenced: boolean }>();
	for (const line of inventory) {
		const verdict = isMutualised(line.product);
		if (verdict === null) continue;
		const key = toProductKey(line.product.name);
		const previous = status.get(key);
		status.set(key, {
			name: previous?.name ?? line.product.name.trim(),
			referenced: (previous?.referenced ?? false) || verdict
		});
	}
	const tools = [...status.values()];
	return {
		referenced: tools.filter((t) => t.referenced).map((t) => t.name),
		knownCount: tools.length
	};
}

/**
 * Share of distinct tools referenced: referenced tools / tools whose status is known (a count, not weighted).
 * Coverage is in seats (seats of lines whose status is known / all seats), so an unknown tool used by many
 * agents weighs more than an unknown tool used by one.
 */
export function computeMutualisedToolsShare(inventory: Inventory): Indicator {
	const tools = listMutualisedTools(inventory);
	const seats = computeWeightedShare(inventory, 'seats', (line) => isMutualised(line.product));
	const value = tools.knownCount > 0 ? tools.referenced.length / tools.knownCount : null;
	const reading = buildReading(
		value,
		(share) =>
			`${formatCount(tools.referenced.length)} outil(s) sur ${formatCount(tools.knownCount)} (${formatPercent(share)}) sont référencés au SILL ou au Comptoir du Libre`,
		{
			inventory,
			basis: 'seats',
			coverage: seats.coverage,
			totalWeight: seats.totalWeight,
			missingWhat: MISSING_REFERENCE
		}
	);
	return buildIndicator(MUTUALISED_TOOLS, value, seats.coverage, reading);
}

/** Seats on referenced tools: Σ seats(referenced) / Σ seats(status known), in [0, 1]. */
export function computeMutualisedSeatsShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		MUTUALISED_SEATS,
		inventory,
		(line) => isMutualised(line.product),
		(share) =>
			`${formatPercent(share)} des postes utilisent des outils référencés au SILL ou au Comptoir du Libre`,
		MISSING_REFERENCE
	);
}

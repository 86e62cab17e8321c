/**
 * Open-source share of the estate, by seats and by spend.
 */
import { formatPercent } from '../money';
import { buildShareIndicator } from './aggregate';
import { isOpenSource } from './classify';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

export const OPEN_SOURCE_SEATS: IndicatorDefinition = {
	id: 'open-source-seats-share',
	name: 'Logiciels libres (postes)',
	definition:
		'Part des postes (utilisateurs ou licences) équipés de logiciels libres, parmi les postes dont la licence est connue.',
	formula: 'postes sur logiciels libres ÷ postes dont la licence (libre ou propriétaire) est connue',
	inputs: ['licence du produit (libre ou propriétaire)', 'nombre de postes'],
	unit: 'ratio',
	coverageBasis: 'seats'
};

export const OPEN_SOURCE_SPEND: IndicatorDefinition = {
	id: 'open-source-spend-share',
	name: 'Logiciels libres (dépenses)',
	definition:
		'Part de la dépense logicielle consacrée à des logiciels libres (support, hébergement, développement), parmi les dépenses dont la licence est connue.',
	formula: 'dépense sur logiciels libres ÷ dépense dont la licence (libre ou propriétaire) est connue',
	inputs: ['licence du produit (libre ou propriétaire)', 'dépense par produit'],
	unit: 'ratio',
	coverageBasis: 'spend'
};

const MISSING_LICENCE = 'la licence (libre ou propriétaire)';

/** Open-source share weighted by seats: Σ seats(open source) / Σ seats(licence known), in [0, 1]. */
export function computeOpenSourceSeatsShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		OPEN_SOURCE_SEATS,
		inventory,
		(line) => isOpenSource(line.product),
		(share) => `${formatPercent(share)} des postes utilisent des logiciels libres`,
		MISSING_LICENCE
	);
}

/** Open-source share weighted by spend: Σ cents(open source) / Σ cents(licence known), in [0, 1]. */
export function computeOpenSourceSpendShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		OPEN_SOURCE_SPEND,
		inventory,
		(line) => isOpenSource(line.product),
		(share) => `${formatPercent(share)} des dépenses logicielles vont à des logiciels libres`,
		MISSING_LICENCE
	);
}

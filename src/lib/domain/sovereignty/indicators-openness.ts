/**
 * Openness and exit: open default formats (by seats) and reversibility (by spend).
 */
import { formatPercent } from '../money';
import { buildShareIndicator } from './aggregate';
import { isReversible } from './classify';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

export const OPEN_FORMATS: IndicatorDefinition = {
	id: 'open-formats-seats-share',
	name: 'Formats ouverts',
	definition:
		'Part des postes dont les logiciels enregistrent par défaut dans des formats ouverts (ODF, etc.), parmi les postes où c’est connu.',
	formula: 'postes dont le format par défaut est ouvert ÷ postes dont le format par défaut est connu',
	inputs: ['formats par défaut ouverts (oui/non)', 'nombre de postes'],
	unit: 'ratio',
	coverageBasis: 'seats'
};

export const REVERSIBILITY: IndicatorDefinition = {
	id: 'reversible-spend-share',
	name: 'Réversibilité',
	definition:
		'Part de la dépense sur des produits dont on peut sortir : export documenté vers des formats ouverts ET plus d’un prestataire possible (un logiciel libre compte comme ayant plusieurs prestataires possibles).',
	formula:
		'dépense sur produits avec export ouvert documenté et plus d’un prestataire possible ÷ dépense où ces deux points sont connus',
	inputs: [
		'export ouvert documenté (oui/non)',
		'nombre de prestataires possibles',
		'licence (libre ou propriétaire)',
		'dépense par produit'
	],
	unit: 'ratio',
	coverageBasis: 'spend'
};

/** Open-format share: Σ seats(openFormats = true) / Σ seats(openFormats known), in [0, 1]. */
export function computeOpenFormatsShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		OPEN_FORMATS,
		inventory,
		(line) => line.product.openFormats,
		(share) => `${formatPercent(share)} des postes enregistrent par défaut dans des formats ouverts`,
		'l’information sur les formats par défaut'
	);
}

/**
 * Reversible share of spend: Σ cents(documentedOpenExport AND (open source OR providerCount > 1))
 * / Σ cents(where that verdict is known), in [0, 1]. A known "no" on either condition is enough to count a
 * product as not reversible.
 */
export function computeReversibilityShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		REVERSIBILITY,
		inventory,
		(line) => isReversible(line.product),
		(share) =>
			`${formatPercent(share)} des dépenses portent sur des produits dont on peut sortir, avec un export ouvert documenté et plusieurs prestataires possibles`,
		'l’export ouvert ou le nombre de prestataires'
	);
}

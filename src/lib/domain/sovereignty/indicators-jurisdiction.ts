/**
 * Exposure to non-EU law with extraterritorial reach (US CLOUD Act, FISA…): spend and seats.
 * The exposure rule itself is isExposedToNonEuLaw in classify.ts.
 */
import { formatEurosRounded, formatPercent } from '../money';
import { buildIndicator, buildReading, buildShareIndicator, computeWeightedShare } from './aggregate';
import { isExposedToNonEuLaw } from './classify';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

const EXPOSURE_RULE =
	'un produit est exposé si ses données sont dans un cloud hors UE, ou si son fournisseur relève d’un droit hors UE/EEE (sauf hébergement SecNumCloud ou logiciel libre installé sur place)';
const EXPOSURE_INPUTS = ['pays du fournisseur', 'hébergement des données', 'licence (libre ou propriétaire)'];
const MISSING_EXPOSURE = 'le pays du fournisseur ou l’hébergement';
const LAW_EXAMPLE = 'un droit extra-européen (CLOUD Act américain, par exemple)';

export const NON_EU_SPEND: IndicatorDefinition = {
	id: 'non-eu-spend',
	name: 'Dépense exposée hors UE',
	definition: `Montant de la dépense logicielle exposée à un droit extra-européen ; ${EXPOSURE_RULE}.`,
	formula: 'somme des dépenses des produits exposés (en euros)',
	inputs: [...EXPOSURE_INPUTS, 'dépense par produit'],
	unit: 'cents',
	coverageBasis: 'spend'
};

export const NON_EU_SPEND_SHARE: IndicatorDefinition = {
	id: 'non-eu-spend-share',
	name: 'Part de la dépense exposée hors UE',
	definition: `Part de la dépense logicielle exposée à un droit extra-européen ; ${EXPOSURE_RULE}.`,
	formula: 'dépense des produits exposés ÷ dépense dont l’exposition est connue',
	inputs: [...EXPOSURE_INPUTS, 'dépense par produit'],
	unit: 'ratio',
	coverageBasis: 'spend'
};

export const NON_EU_SEATS_SHARE: IndicatorDefinition = {
	id: 'non-eu-seats-share',
	name: 'Postes exposés hors UE',
	definition: `Part des postes utilisant des produits exposés à un droit extra-européen ; ${EXPOSURE_RULE}.`,
	formula: 'postes sur produits exposés ÷ postes dont l’exposition est connue',
	inputs: [...EXPOSURE_INPUTS, 'nombre de postes'],
	unit: 'ratio',
	coverageBasis: 'seats'
};

/**
 * Spend exposed to non-EU law, in integer cents: Σ spendCents(exposed), over lines whose exposure is known.
 * Null when no spend has a known exposure; coverage = spend with known exposure / total spend.
 */
export function computeNonEuSpend(inventory: Inventory): Indicator {
	const share = computeWeightedShare(inventory, 'spend', (line) => isExposedToNonEuLaw(line.product));
	const value = share.knownWeight > 0 ? share.positiveWeight : null;
	const reading = buildReading(
		value,
		(cents) =>
			`${formatEurosRounded(cents)} de dépenses (${formatPercent(share.value ?? 0)} du total connu) sont exposées à ${LAW_EXAMPLE}`,
		{
			inventory,
			basis: 'spend',
			coverage: share.coverage,
			totalWeight: share.totalWeight,
			missingWhat: MISSING_EXPOSURE
		}
	);
	return buildIndicator(NON_EU_SPEND, value, share.coverage, reading);
}

/** Share of spend exposed to non-EU law: Σ cents(exposed) / Σ cents(exposure known), in [0, 1]. */
export function computeNonEuSpendShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		NON_EU_SPEND_SHARE,
		inventory,
		(line) => isExposedToNonEuLaw(line.product),
		(share) => `${formatPercent(share)} des dépenses logicielles sont exposées à ${LAW_EXAMPLE}`,
		MISSING_EXPOSURE
	);
}

/** Share of seats exposed to non-EU law: Σ seats(exposed) / Σ seats(exposure known), in [0, 1]. */
export function computeNonEuSeatsShare(inventory: Inventory): Indicator {
	return buildShareIndicator(
		NON_EU_SEATS_SHARE,
		inventory,
		(line) => isExposedToNonEuLaw(line.product),
		(share) => `${formatPercent(share)} des postes utilisent des produits exposés à ${LAW_EXAMPLE}`,
		MISSING_EXPOSURE
	);
}

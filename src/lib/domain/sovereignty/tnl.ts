/**
 * Evidence for an application to the ADULLACT label "Territoire Numérique Libre" (TNL): the figures the
 * inventory can give, grouped by the label's five dimensions (domain-reference §1.1). The label is awarded
 * by a jury and its Bronze/Argent/Or thresholds are not published: this is preparation, never a prediction.
 */
import { formatCount, formatPercent } from '../money';
import type { ProductCategory } from '../product';
import { buildShareIndicator } from './aggregate';
import { isOpenSource } from './classify';
import { computeOpenFormatsShare } from './indicators-openness';
import { listMutualisedTools } from './indicators-mutualisation';
import type { Inventory } from './types';

export const TNL_DISCLAIMER =
	'Préparation du dossier de candidature au label « Territoire Numérique Libre » (ADULLACT) : ces éléments aident à remplir le dossier, ils ne préjugent ni de la décision du jury ni du niveau attribué (Bronze, Argent ou Or).';

export const TNL_DIMENSIONS = {
	strategy: '1. Stratégie et mutualisation',
	practices: '2. Bonnes pratiques, interopérabilité et accessibilité',
	software: '3. Logiciels et systèmes libres',
	communication: '4. Communication et écosystème',
	data: '5. Données'
} as const;
export type TnlDimension = keyof typeof TNL_DIMENSIONS;

export interface TnlEvidenceItem {
	id: string;
	dimension: TnlDimension;
	dimensionLabel: string;
	label: string;
	value: number | null;
	unit: 'ratio' | 'count';
	/** Share of the relevant seats for which the value is known; null for items the inventory cannot give. */
	coverage: number | null;
	/** French sentence for the application file. */
	reading: string;
	/** True when the commune has to fill this item in itself. */
	toComplete: boolean;
}

export interface TnlEvidence {
	disclaimer: string;
	items: TnlEvidenceItem[];
	/** Names of the tools referenced in the SILL or the Comptoir du Libre. */
	pooledTools: string[];
}

function buildCategoryShare(
	inventory: Inventory,
	category: ProductCategory,
	id: string,
	label: string,
	what: string
): TnlEvidenceItem {
	const lines = inventory.filter((line) => line.product.category === category);
	const indicator = buildShareIndicator(
		{ id, name: label, definition: label, formula: '', inputs: [], unit: 'ratio', coverageBasis: 'seats' },
		lines,
		(line) => isOpenSource(line.product),
		(share) => `${formatPercent(share)} des postes utilisent ${what}`,
		'la licence (libre ou propriétaire)'
	);
	const none = lines.length === 0;
	return {
		id,
		dimension: 'software',
		dimensionLabel: TNL_DIMENSIONS.software,
		label,
		value: indicator.value,
		unit: 'ratio',
		coverage: indicator.coverage,
		reading: none
			? `À compléter : aucun produit de ce type dans l’inventaire (${label.toLowerCase()}).`
			: indicator.reading,
		toComplete: none || indicator.value === null
	};
}

function buildManualItem(id: string, dimension: TnlDimension, label: string): TnlEvidenceItem {
	return {
		id,
		dimension,
		dimensionLabel: TNL_DIMENSIONS[dimension],
		label,
		value: null,
		unit: 'count',
		coverage: null,
		reading: `À renseigner par la collectivité : ${label.toLowerCase()} (absent de l’inventaire).`,
		toComplete: true
	};
}

/**
 * Gathers the TNL evidence the inventory allows:
 * - free OS seats = Σ seats(operating-system, open source) / Σ seats(operating-system, licence known);
 * - free office-suite seats, same formula on the office-suite category;
 * - open-format seats (the open-formats indicator);
 * - number of distinct tools referenced in the SILL or Comptoir du Libre;
 * plus the items the commune must fill in itself (action plan, communication, open data).
 */
export function computeTnlEvidence(inventory: Inventory): TnlEvidence {
	const openFormats = computeOpenFormatsShare(inventory);
	const pooled = listMutualisedTools(inventory);
	const items: TnlEvidenceItem[] = [
		buildManualItem('action-plan', 'strategy', 'Plan d’action et mutualisation avec d’autres collectivités'),
		{
			id: 'pooled-tools-count',
			dimension: 'strategy',
			dimensionLabel: TNL_DIMENSIONS.strategy,
			label: 'Outils mutualisés (SILL, Comptoir du Libre)',
			value: pooled.referenced.length,
			unit: 'count',
			coverage: null,
			reading:
				pooled.referenced.length === 0
					? 'Aucun outil de l’inventaire n’est référencé au SILL ou au Comptoir du Libre.'
					: `${formatCount(pooled.referenced.length)} outil(s) référencé(s) au SILL ou au Comptoir du Libre : ${pooled.referenced.join(', ')}.`,
			toComplete: false
		},
		{
			id: 'open-formats-seats-share',
			dimension: 'practices',
			dimensionLabel: TNL_DIMENSIONS.practices,
			label: 'Formats ouverts par défaut',
			value: openFormats.value,
			unit: 'ratio',
			coverage: openFormats.coverage,
			reading: openFormats.reading,
			toComplete: openFormats.value === null
		},
		buildCategoryShare(
			inventory,
			'operating-system',
			'free-os-seats-share',
			'Systèmes d’exploitation libres',
			'un système d’exploitation libre'
		),
		buildCategoryShare(
			inventory,
			'office-suite',
			'free-office-seats-share',
			'Suites bureautiques libres',
			'une suite bureautique libre'
		),
		buildManualItem(
			'communication',
			'communication',
			'Actions de sensibilisation, formation et contributions'
		),
		buildManualItem('open-data', 'data', 'Stratégie d’ouverture des données')
	];
	return { disclaimer: TNL_DISCLAIMER, items, pooledTools: pooled.referenced };
}

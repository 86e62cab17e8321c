/**
 * Attributes "à compléter": which products lack which attribute, and how much of the estate (seats, spend)
 * each gap keeps out of the indicators' coverage.
 */
import { formatCount, formatPercent } from '../money';
import { getLineWeight, toProductKey } from './aggregate';
import { hasSeveralProviders, isExposedToNonEuLaw, isReversible, toVendorKey } from './classify';
import type { Inventory, SovereigntyAttributes } from './types';

interface AttributeCheck {
	attribute: keyof SovereigntyAttributes;
	label: string;
	indicatorIds: string[];
	/** True when the attribute is unknown AND that stops at least one indicator from classifying the product. */
	isBlocking: (p: SovereigntyAttributes) => boolean;
}

const HOSTING_IDS = ['on-premises', 'eu-cloud', 'secnumcloud', 'non-eu-cloud'].map(
	(k) => `hosting-${k}-share`
);
const EXPOSURE_IDS = ['non-eu-spend', 'non-eu-spend-share', 'non-eu-seats-share'];
const SEAL_IDS = ['seal-2-plus-seats-share', 'seal-3-plus-seats-share', 'seal-score'];

const CHECKS: readonly AttributeCheck[] = [
	{
		attribute: 'licenceModel',
		label: 'licence (libre ou propriétaire)',
		indicatorIds: [
			'open-source-seats-share',
			'open-source-spend-share',
			'mutualised-seats-share',
			...SEAL_IDS
		],
		isBlocking: (p) => p.licenceModel === null
	},
	{
		attribute: 'vendor',
		label: 'fournisseur',
		indicatorIds: ['top-vendor-spend-share', 'vendor-hhi'],
		isBlocking: (p) => toVendorKey(p) === null
	},
	{
		attribute: 'vendorCountry',
		label: 'pays du fournisseur',
		indicatorIds: [...EXPOSURE_IDS, ...SEAL_IDS],
		isBlocking: (p) => p.vendorCountry === null && isExposedToNonEuLaw(p) === null
	},
	{
		attribute: 'hosting',
		label: 'hébergement des données',
		indicatorIds: [...HOSTING_IDS, ...EXPOSURE_IDS, ...SEAL_IDS],
		isBlocking: (p) => p.hosting === null
	},
	{
		attribute: 'openFormats',
		label: 'formats par défaut ouverts',
		indicatorIds: ['open-formats-seats-share', ...SEAL_IDS],
		isBlocking: (p) => p.openFormats === null
	},
	{
		attribute: 'documentedOpenExport',
		label: 'export ouvert documenté',
		indicatorIds: ['reversible-spend-share'],
		isBlocking: (p) => p.documentedOpenExport === null && isReversible(p) === null
	},
	{
		attribute: 'providerCount',
		label: 'nombre de prestataires possibles',
		indicatorIds: ['reversible-spend-share'],
		isBlocking: (p) => hasSeveralProviders(p) === null && isReversible(p) === null
	},
	{
		attribute: 'keyCustody',
		label: 'détention des clés de chiffrement',
		indicatorIds: SEAL_IDS,
		// On premises the commune holds the keys by construction.
		isBlocking: (p) => p.keyCustody === null && p.hosting !== 'on-premises'
	},
	{
		attribute: 'supplyChain',
		label: 'origine de la chaîne d’approvisionnement',
		indicatorIds: SEAL_IDS,
		isBlocking: (p) => p.supplyChain === null
	}
];

export interface MissingAttribute {
	attribute: keyof SovereigntyAttributes;
	label: string;
	/** Indicators whose coverage this attribute would raise. */
	indicatorIds: string[];
}

export interface ProductToComplete {
	productName: string;
	missing: MissingAttribute[];
	seats: number;
	spendCents: number;
	/** Share of all seats (0–1) the product represents: what completing it adds to seat-based coverage. */
	seatsShare: number;
	/** Share of all spend (0–1): what completing it adds to spend-based coverage. */
	spendShare: number;
}

export interface AttributeGap extends MissingAttribute {
	productCount: number;
	seatsShare: number;
	spendShare: number;
}

export interface CompletenessReport {
	products: ProductToComplete[];
	attributes: AttributeGap[];
	reading: string;
}

/**
 * Lists products with blocking unknown attributes (lines of one product are merged by name), largest
 * share of seats or spend first, and per attribute the seats and spend it keeps out of coverage:
 * seatsShare = Σ seats(products missing it) / Σ seats; spendShare likewise with positive spend.
 */
export function computeCompleteness(inventory: Inventory): CompletenessReport {
	const totalSeats = inventory.reduce((s, line) => s + getLineWeight(line, 'seats'), 0);
	const totalSpend = inventory.reduce((s, line) => s + getLineWeight(line, 'spend'), 0);
	const ratio = (part: number, total: number): number => (total > 0 ? part / total : 0);
	const byProduct = new Map<string, ProductToComplete>();
	for (const line of inventory) {
		const missing = CHECKS.filter((c) => c.isBlocking(line.product));
		if (missing.length === 0) continue;
		const key = toProductKey(line.product.name);
		const entry = byProduct.get(key) ?? {
			productName: line.product.name.trim(),
			missing: [],
			seats: 0,
			spendCents: 0,
			seatsShare: 0,
			spendShare: 0
		};
		for (const c of missing) {
			if (!entry.missing.some((m) => m.attribute === c.attribute))
				entry.missing.push({ attribute: c.attribute, label: c.label, indicatorIds: [...c.indicatorIds] });
		}
		entry.seats += getLineWeight(line, 'seats');
		entry.spendCents += getLineWeight(line, 'spend');
		entry.seatsShare = ratio(entry.seats, totalSeats);
		entry.spendShare = ratio(entry.spendCents, totalSpend);
		byProduct.set(key, entry);
	}
	const products = [...byProduct.values()].sort(
		(a, b) =>
			Math.max(b.seatsShare, b.spendShare) - Math.max(a.seatsShare, a.spendShare) ||
			a.productName.localeCompare(b.productName, 'fr')
	);
	const attributes = CHECKS.map((c): AttributeGap => {
		const concerned = products.filter((p) => p.missing.some((m) => m.attribute === c.attribute));
		return {
			attribute: c.attribute,
			label: c.label,
			indicatorIds: [...c.indicatorIds],
			productCount: concerned.length,
			seatsShare: ratio(
				concerned.reduce((s, p) => s + p.seats, 0),
				totalSeats
			),
			spendShare: ratio(
				concerned.reduce((s, p) => s + p.spendCents, 0),
				totalSpend
			)
		};
	}).filter((gap) => gap.productCount > 0);
	return { products, attributes, reading: describeCompleteness(inventory, products, totalSpend) };
}

function describeCompleteness(
	inventory: Inventory,
	products: ProductToComplete[],
	totalSpend: number
): string {
	if (inventory.length === 0) return 'Aucune donnée : l’inventaire est vide.';
	if (products.length === 0) return 'Tous les attributs utiles aux indicateurs sont renseignés.';
	const spend = products.reduce((s, p) => s + p.spendCents, 0);
	return `${formatCount(products.length)} produit(s) à compléter, représentant ${formatPercent(totalSpend > 0 ? spend / totalSpend : 0)} des dépenses.`;
}

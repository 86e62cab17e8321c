/**
 * Vendor concentration of spend: the top vendor's share and the Herfindahl-Hirschman index.
 */
import { formatCount, formatPercent } from '../money';
import { buildIndicator, buildReading, getLineWeight, type ReadingContext } from './aggregate';
import { toVendorKey } from './classify';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

/**
 * HHI bands of the US DOJ/FTC Horizontal Merger Guidelines (2010, §5.3): below 1,500 unconcentrated,
 * 1,500–2,500 moderately concentrated, above 2,500 highly concentrated.
 */
export const HHI_MODERATE_THRESHOLD = 1500;
export const HHI_HIGH_THRESHOLD = 2500;
export const HHI_MAX = 10_000;

const CONCENTRATION_INPUTS = ['fournisseur (éditeur ou prestataire)', 'dépense par produit'];
const MISSING_VENDOR = 'le fournisseur';

export const TOP_VENDOR_SHARE: IndicatorDefinition = {
	id: 'top-vendor-spend-share',
	name: 'Poids du premier fournisseur',
	definition:
		'Part de la dépense logicielle versée au premier fournisseur, parmi les dépenses dont le fournisseur est connu.',
	formula: 'dépense du premier fournisseur ÷ dépense dont le fournisseur est connu',
	inputs: CONCENTRATION_INPUTS,
	unit: 'ratio',
	coverageBasis: 'spend'
};

export const VENDOR_HHI: IndicatorDefinition = {
	id: 'vendor-hhi',
	name: 'Concentration des fournisseurs (HHI)',
	definition:
		'Indice de Herfindahl-Hirschman de la dépense par fournisseur, de 0 (dépense très dispersée) à 10 000 (un seul fournisseur).',
	formula: 'somme, sur les fournisseurs, du carré de leur part de la dépense exprimée en pourcentage',
	inputs: CONCENTRATION_INPUTS,
	unit: 'hhi',
	coverageBasis: 'spend'
};

export interface VendorSpend {
	/** Vendor name as first written in the inventory. */
	vendor: string;
	cents: number;
}

export interface VendorConcentration {
	vendors: VendorSpend[];
	/** Top vendor's share of known-vendor spend; null when no such spend. */
	topShare: number | null;
	/** Σ (100 × share)², 0–10,000; null when no known-vendor spend. */
	hhi: number | null;
	coverage: number;
	totalCents: number;
}

/**
 * Groups positive spend by vendor (case-insensitive), largest first, and derives the top share and HHI.
 * HHI = Σ_v (100 × cents_v / Σ cents)²: a single vendor gives 10,000; n equal vendors give 10,000 / n.
 */
export function computeVendorConcentration(inventory: Inventory): VendorConcentration {
	const groups = new Map<string, VendorSpend>();
	let totalCents = 0;
	let knownCents = 0;
	for (const line of inventory) {
		const cents = getLineWeight(line, 'spend');
		totalCents += cents;
		const key = toVendorKey(line.product);
		if (key === null) continue;
		knownCents += cents;
		const group = groups.get(key) ?? { vendor: line.product.vendor?.trim() ?? key, cents: 0 };
		group.cents += cents;
		groups.set(key, group);
	}
	const vendors = [...groups.values()]
		.filter((v) => v.cents > 0)
		.sort((a, b) => b.cents - a.cents || a.vendor.localeCompare(b.vendor, 'fr'));
	const shares = vendors.map((v) => v.cents / knownCents);
	return {
		vendors,
		topShare: knownCents > 0 ? shares[0] : null,
		hhi: knownCents > 0 ? shares.reduce((sum, s) => sum + (100 * s) ** 2, 0) : null,
		coverage: totalCents > 0 ? knownCents / totalCents : 0,
		totalCents
	};
}

function describeHhi(hhi: number): string {
	if (hhi > HHI_HIGH_THRESHOLD) return 'dépense très concentrée';
	if (hhi >= HHI_MODERATE_THRESHOLD) return 'dépense moyennement concentrée';
	return 'dépense peu concentrée';
}

/** Top vendor's share of spend (ratio) and HHI (0–10,000), as two indicators. */
export function computeConcentrationIndicators(inventory: Inventory): [Indicator, Indicator] {
	const c = computeVendorConcentration(inventory);
	const context: ReadingContext = {
		inventory,
		basis: 'spend',
		coverage: c.coverage,
		totalWeight: c.totalCents,
		missingWhat: MISSING_VENDOR
	};
	const topVendor = c.vendors[0]?.vendor ?? '';
	const topReading = buildReading(
		c.topShare,
		(share) =>
			`Le premier fournisseur, ${topVendor}, reçoit ${formatPercent(share)} des dépenses logicielles`,
		context
	);
	const hhiReading = buildReading(
		c.hhi,
		(hhi) =>
			`L’indice de concentration des fournisseurs vaut ${formatCount(hhi)} sur ${formatCount(HHI_MAX)} : ${describeHhi(hhi)}`,
		context
	);
	return [
		buildIndicator(TOP_VENDOR_SHARE, c.topShare, c.coverage, topReading),
		buildIndicator(VENDOR_HHI, c.hhi, c.coverage, hhiReading)
	];
}

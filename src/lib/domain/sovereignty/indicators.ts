/**
 * All inventory indicators, in display order. Each family lives in its own indicators-*.ts file.
 */
import { computeConcentrationIndicators } from './indicators-concentration';
import { computeHostingBreakdown } from './indicators-hosting';
import { computeNonEuSeatsShare, computeNonEuSpend, computeNonEuSpendShare } from './indicators-jurisdiction';
import { computeOpenSourceSeatsShare, computeOpenSourceSpendShare } from './indicators-licence';
import { computeMutualisedSeatsShare, computeMutualisedToolsShare } from './indicators-mutualisation';
import { computeOpenFormatsShare, computeReversibilityShare } from './indicators-openness';
import type { Indicator, Inventory } from './types';

/** Ids of the indicators computeInventoryIndicators returns, in order. */
export const INVENTORY_INDICATOR_IDS = [
	'open-source-seats-share',
	'open-source-spend-share',
	'non-eu-spend',
	'non-eu-spend-share',
	'non-eu-seats-share',
	'hosting-on-premises-share',
	'hosting-eu-cloud-share',
	'hosting-secnumcloud-share',
	'hosting-non-eu-cloud-share',
	'top-vendor-spend-share',
	'vendor-hhi',
	'open-formats-seats-share',
	'reversible-spend-share',
	'mutualised-tools-share',
	'mutualised-seats-share'
] as const;
export type InventoryIndicatorId = (typeof INVENTORY_INDICATOR_IDS)[number];

/**
 * Computes every inventory indicator (see INVENTORY_INDICATOR_IDS for the order). Unknown attributes lower
 * each indicator's coverage; an empty inventory gives null values, coverage 0 and a "no data" reading.
 */
export function computeInventoryIndicators(inventory: Inventory): Indicator[] {
	return [
		computeOpenSourceSeatsShare(inventory),
		computeOpenSourceSpendShare(inventory),
		computeNonEuSpend(inventory),
		computeNonEuSpendShare(inventory),
		computeNonEuSeatsShare(inventory),
		...computeHostingBreakdown(inventory),
		...computeConcentrationIndicators(inventory),
		computeOpenFormatsShare(inventory),
		computeReversibilityShare(inventory),
		computeMutualisedToolsShare(inventory),
		computeMutualisedSeatsShare(inventory)
	];
}

/** The indicator with this id, or undefined. */
export function findIndicator(indicators: readonly Indicator[], id: string): Indicator | undefined {
	return indicators.find((indicator) => indicator.id === id);
}

/**
 * Types shared by the sovereignty indicators, the SEAL-like self-assessment, the composite score,
 * the migration projection and the TNL evidence file.
 * As in product.ts, `null` always means "not known yet": it lowers coverage and never counts as a value.
 */
import type { Cents } from '../money';
import type { ProductAttributes, ProductCategory } from '../product';

/** Who holds the encryption keys of the product's data (BYOK/HSM question of SOV-3). */
export const KEY_CUSTODIES = ['customer', 'eu-provider', 'non-eu-provider'] as const;
export type KeyCustody = (typeof KEY_CUSTODIES)[number];

/** Origin of the hardware, firmware and software the product depends on (SOV-5). */
export const SUPPLY_CHAIN_ORIGINS = ['eu', 'mixed', 'non-eu'] as const;
export type SupplyChainOrigin = (typeof SUPPLY_CHAIN_ORIGINS)[number];

/** ProductAttributes plus what the sovereignty indicators need. */
export interface SovereigntyAttributes extends ProductAttributes {
	/** SILL identifier when the product is referenced there; null when no match was found. */
	sillId: string | null;
	/** Comptoir du Libre identifier when referenced there; null when no match was found. */
	comptoirId: string | null;
	/** Whether a documented export to open formats exists (data can leave the product). */
	documentedOpenExport: boolean | null;
	/** Number of providers able to supply, host or support the product. */
	providerCount: number | null;
	keyCustody: KeyCustody | null;
	supplyChain: SupplyChainOrigin | null;
}

/** One product in use by the organisation: how many seats, how much it costs (integer cents, same period for all lines). */
export interface InventoryLine {
	product: SovereigntyAttributes;
	seats: number;
	spendCents: Cents;
}

export type Inventory = readonly InventoryLine[];

export type IndicatorUnit = 'ratio' | 'cents' | 'hhi' | 'score';
export type CoverageBasis = 'spend' | 'seats';

/** What an indicator is, independently of any inventory. */
export interface IndicatorDefinition {
	id: string;
	/** Short French name. */
	name: string;
	/** French definition for the methodology section. */
	definition: string;
	/** Human-readable French formula. */
	formula: string;
	/** The data the indicator reads (French). */
	inputs: string[];
	unit: IndicatorUnit;
	coverageBasis: CoverageBasis;
}

/** An indicator computed on an inventory: never a bare number. */
export interface Indicator extends IndicatorDefinition {
	value: number | null;
	/** Share (0–1) of spend or seats for which the needed attributes are known. */
	coverage: number;
	/** One French sentence for non-specialists, built from the value. */
	reading: string;
	/** True when coverage < LOW_COVERAGE_THRESHOLD: the reading says so. */
	lowCoverage: boolean;
}

/** Below this coverage an indicator is flagged: a fifth of the estate unknown can swing any share. */
export const LOW_COVERAGE_THRESHOLD = 0.8;

/** A product whose attributes are all unknown: the starting point of an imported line. */
export function createUnknownProduct(
	name: string,
	category: ProductCategory = 'other'
): SovereigntyAttributes {
	return {
		name,
		vendor: null,
		vendorCountry: null,
		category,
		licenceModel: null,
		spdxId: null,
		hosting: null,
		openFormats: null,
		sillId: null,
		comptoirId: null,
		documentedOpenExport: null,
		providerCount: null,
		keyCustody: null,
		supplyChain: null
	};
}

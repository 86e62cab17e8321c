/**
 * The organisation's sovereignty report: the inventory (getInventory) turned into the sovereignty indicators'
 * InventoryLine[], then every indicator, the SEAL-like self-assessment, the composite score with the
 * organisation's weights, the TNL evidence and the attributes to complete (computeAllIndicators).
 */
import {
	COMPOSITE_COMPONENT_IDS,
	computeAllIndicators,
	DEFAULT_COMPOSITE_WEIGHTS,
	type CompositeWeights,
	type SovereigntyReport
} from '../../domain/sovereignty';
import type { Db } from '../db';
import { getSovereigntyInventory, type SeatsSource } from './sovereignty-inventory';
import { getCompositeWeights } from './sovereignty-weights';

export {
	getSovereigntyInventory,
	type SeatsSource,
	type SovereigntyInventory,
	type SovereigntyLine
} from './sovereignty-inventory';
export {
	getCompositeWeights,
	resetCompositeWeights,
	saveCompositeWeights,
	type SaveWeightsResult
} from './sovereignty-weights';
export {
	getSovereigntyProjection,
	type ProjectionStepView,
	type SovereigntyProjectionView
} from './sovereignty-projection';

export interface SovereigntyReportView {
	year: number | null;
	basis: 'invoice' | 'accounting' | null;
	report: SovereigntyReport;
	weights: CompositeWeights;
	isDefaultWeights: boolean;
	/** The lines the report was computed on, with their product id (links to /produits/[id]). */
	lines: {
		productId: number;
		name: string;
		seats: number;
		seatsSource: SeatsSource | null;
		spendCents: number;
	}[];
	/**
	 * Free software with neither a SILL nor a Comptoir du Libre id: the mutualisation indicators count it as not
	 * pooled, which may only mean the reference was never checked.
	 */
	unverifiedReferences: string[];
}

/**
 * Every sovereignty indicator of the organisation, computed on getSovereigntyInventory with its composite
 * weights (or `options.weights`, e.g. to preview an edit).
 */
export function getSovereigntyReport(
	db: Db,
	orgId: number,
	options: { year?: number; weights?: CompositeWeights } = {}
): SovereigntyReportView {
	const inventory = getSovereigntyInventory(db, orgId, options.year);
	const weights = options.weights ?? getCompositeWeights(db, orgId);
	const report = computeAllIndicators(
		inventory.lines.map(({ product, seats, spendCents }) => ({ product, seats, spendCents })),
		weights
	);
	return {
		year: inventory.year,
		basis: inventory.basis,
		report,
		weights,
		isDefaultWeights: COMPOSITE_COMPONENT_IDS.every((id) => weights[id] === DEFAULT_COMPOSITE_WEIGHTS[id]),
		lines: inventory.lines.map((l) => ({
			productId: l.productId,
			name: l.product.name,
			seats: l.seats,
			seatsSource: l.seatsSource,
			spendCents: l.spendCents
		})),
		unverifiedReferences: inventory.lines
			.filter((l) => l.product.licenceModel === 'open-source' && !l.product.sillId && !l.product.comptoirId)
			.map((l) => l.product.name)
	};
}

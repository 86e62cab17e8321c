/**
 * The organisation's weights of the composite sovereignty score, in points, stored in its settings.
 */
import {
	COMPOSITE_COMPONENT_IDS,
	computeCompositeScore,
	DEFAULT_COMPOSITE_WEIGHTS,
	type CompositeComponentId,
	type CompositeWeights
} from '../../domain/sovereignty';
import type { Db } from '../db';
import { createSettingsRepository } from '../repositories/settings.repository';

const WEIGHTS_KEY = 'sovereignty-weights';

/** The component's French name, as the composite score writes it. */
function nameOf(id: CompositeComponentId): string {
	return computeCompositeScore([]).components.find((c) => c.id === id)?.name ?? id;
}

/** The organisation's composite weights in points (Cap Libre's defaults until edited). */
export function getCompositeWeights(db: Db, orgId: number): CompositeWeights {
	const stored = createSettingsRepository(db).get<Partial<CompositeWeights>>(orgId, WEIGHTS_KEY) ?? {};
	const weights: CompositeWeights = { ...DEFAULT_COMPOSITE_WEIGHTS };
	for (const id of COMPOSITE_COMPONENT_IDS) {
		const value = stored[id];
		if (typeof value === 'number' && Number.isFinite(value) && value >= 0) weights[id] = value;
	}
	return weights;
}

export type SaveWeightsResult = { ok: true; weights: CompositeWeights } | { ok: false; message: string };

/**
 * Saves composite weights given as points (whole numbers 0–100 each, not all zero; they need not sum to 100:
 * the score normalises them). Returns a French message and saves nothing when a value is invalid.
 */
export function saveCompositeWeights(
	db: Db,
	orgId: number,
	input: Partial<Record<string, string | number | null>>
): SaveWeightsResult {
	const weights: CompositeWeights = { ...DEFAULT_COMPOSITE_WEIGHTS };
	for (const id of COMPOSITE_COMPONENT_IDS) {
		const raw = input[id];
		const text = typeof raw === 'number' ? String(raw) : (raw ?? '').trim();
		if (!/^\d{1,3}$/.test(text) || Number(text) > 100)
			return {
				ok: false,
				message: `Chaque poids est un nombre entier de 0 à 100 (composante « ${nameOf(id)} »).`
			};
		weights[id] = Number(text);
	}
	if (COMPOSITE_COMPONENT_IDS.every((id) => weights[id] === 0))
		return { ok: false, message: 'Au moins un poids doit être supérieur à 0.' };
	createSettingsRepository(db).set(orgId, WEIGHTS_KEY, weights);
	return { ok: true, weights };
}

/** Restores Cap Libre's default weights. */
export function resetCompositeWeights(db: Db, orgId: number): CompositeWeights {
	createSettingsRepository(db).set(orgId, WEIGHTS_KEY, { ...DEFAULT_COMPOSITE_WEIGHTS });
	return { ...DEFAULT_COMPOSITE_WEIGHTS };
}

/**
 * What the indicators become after each migration wave, waves applied cumulatively.
 */
import { formatPercent } from '../money';
import { toProductKey } from './aggregate';
import type { CompositeWeights } from './composite';
import { computeAllIndicators, type SovereigntyReport } from './report';
import type { Inventory, InventoryLine, SovereigntyAttributes } from './types';

export interface MigrationMove {
	/** Name of the product being replaced (matched trimmed and case-insensitively; every matching line moves). */
	fromProductName: string;
	toProduct: SovereigntyAttributes;
	/** Share (0–1) of the product's ORIGINAL seats and spend moved by this move; shares add up across waves. */
	share: number;
	/**
	 * Spend of the replacement for the moved share (integer cents, same period as the inventory), e.g. from the
	 * savings model. When omitted, the moved share of the old spend is carried over: the budget is redirected.
	 */
	spendCents?: number;
}

export interface MigrationWave {
	label: string;
	moves: MigrationMove[];
}

export interface ProjectionStep {
	/** "Situation actuelle", then each wave's label. */
	label: string;
	/** 0 for the current situation, n after wave n. */
	wavesDone: number;
	inventory: InventoryLine[];
	report: SovereigntyReport;
}

export interface Projection {
	steps: ProjectionStep[];
	/** French warnings: unknown product names, shares above 100 % (capped), invalid shares (ignored). */
	warnings: string[];
}

function applyWaves(
	baseline: Inventory,
	waves: readonly MigrationWave[],
	warnings: string[]
): InventoryLine[] {
	const movedShare = baseline.map(() => 0);
	const added: InventoryLine[] = [];
	for (const wave of waves) {
		for (const move of wave.moves) {
			const key = toProductKey(move.fromProductName);
			const matches = baseline.flatMap((line, i) => (toProductKey(line.product.name) === key ? [i] : []));
			if (matches.length === 0) {
				warnings.push(
					`Vague « ${wave.label} » : aucun produit « ${move.fromProductName} » dans l’inventaire.`
				);
				continue;
			}
			if (!Number.isFinite(move.share) || move.share < 0) {
				warnings.push(`Vague « ${wave.label} » : part invalide pour « ${move.fromProductName} », ignorée.`);
				continue;
			}
			let seats = 0;
			let spendCents = 0;
			for (const i of matches) {
				const before = movedShare[i];
				const after = Math.min(1, before + move.share);
				if (before + move.share > 1 + 1e-9)
					warnings.push(
						`Vague « ${wave.label} » : « ${move.fromProductName} » dépasserait 100 % migré, limité à ${formatPercent(1)}.`
					);
				movedShare[i] = after;
				// Cumulative rounding keeps the parts of each line summing exactly to its seats and cents.
				seats += Math.round(baseline[i].seats * after) - Math.round(baseline[i].seats * before);
				spendCents +=
					Math.round(baseline[i].spendCents * after) - Math.round(baseline[i].spendCents * before);
			}
			added.push({ product: move.toProduct, seats, spendCents: move.spendCents ?? spendCents });
		}
	}
	const remaining = baseline.flatMap((line, i) =>
		movedShare[i] >= 1
			? []
			: [
					{
						...line,
						seats: line.seats - Math.round(line.seats * movedShare[i]),
						spendCents: line.spendCents - Math.round(line.spendCents * movedShare[i])
					}
				]
	);
	return [...remaining, ...added];
}

/**
 * The full report (indicators, SEAL-like assessment, composite…) for the current inventory and after waves
 * 1, 1+2, 1+2+3… A move takes `share` of the original line's seats and spend away from the old product
 * (removed entirely at 100 %) and adds a line for `toProduct`.
 */
export function projectMigration(
	inventory: Inventory,
	waves: readonly MigrationWave[],
	weights?: Readonly<CompositeWeights>
): Projection {
	const warnings: string[] = [];
	const steps: ProjectionStep[] = [
		{
			label: 'Situation actuelle',
			wavesDone: 0,
			inventory: [...inventory],
			report: computeAllIndicators(inventory, weights)
		}
	];
	waves.forEach((wave, i) => {
		const waveWarnings: string[] = [];
		const projected = applyWaves(inventory, waves.slice(0, i + 1), waveWarnings);
		// Earlier waves' warnings repeat in every later replay: keep only those new to this wave.
		warnings.push(...waveWarnings.filter((w) => !warnings.includes(w)));
		steps.push({
			label: wave.label,
			wavesDone: i + 1,
			inventory: projected,
			report: computeAllIndicators(projected, weights)
		});
	});
	return { steps, warnings };
}

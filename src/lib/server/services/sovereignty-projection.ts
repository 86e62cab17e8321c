/**
 * What the sovereignty indicators become under the selected scenario, after wave 1, 1+2, 1+2+3…: the
 * scenario's lines and waves turned into the domain's migration moves (projectMigration).
 */
import type { Catalogue } from '../../domain/catalogue';
import {
	pickLikelyValues,
	resolveResidualShare,
	type Scenario,
	type ScenarioLine
} from '../../domain/savings';
import {
	projectMigration,
	type CompositeWeights,
	type IndicatorUnit,
	type MigrationMove,
	type MigrationWave,
	type SealLevel,
	type SovereigntyAttributes
} from '../../domain/sovereignty';
import type { Db } from '../db';
import { createScenariosRepository } from '../repositories/scenarios.repository';
import { describeCatalogueItem, resolveSovereigntyAttributes } from './sovereignty-attributes';
import { getSovereigntyInventory, type SovereigntyLine } from './sovereignty-inventory';
import { getCompositeWeights } from './sovereignty-weights';

export interface ProjectionStepView {
	/** 0 for the current situation, n after wave n. */
	wavesDone: number;
	/** Cumulative share (0–1) of the migratable seats switched after this step. */
	rolloutShare: number;
	composite: number | null;
	compositeCoverage: number;
	sealLevel: SealLevel | null;
	sealScore: number | null;
	indicators: { id: string; name: string; unit: IndicatorUnit; value: number | null; coverage: number }[];
}

export interface SovereigntyProjectionView {
	scenario: { id: number; name: string } | null;
	steps: ProjectionStepView[];
	/** What each scenario line moves at the end of the waves: product, alternative, seats. */
	moves: { from: string; to: string; seats: number }[];
	/** French warnings: lines without alternative or without a product in the inventory, etc. */
	warnings: string[];
}

interface PlannedMove {
	line: SovereigntyLine;
	toProduct: SovereigntyAttributes;
	/** Share of the product's seats and spend the whole scenario moves (before waves). */
	fraction: number;
	recurringCentsPerSeat: number;
}

/** The alternative's attributes: those of the organisation's own product linked to it when there is one. */
function describeAlternative(
	alternativeId: string,
	lines: SovereigntyLine[],
	catalogue: Catalogue
): SovereigntyAttributes | null {
	const own = lines.find((l) => l.catalogueId === alternativeId);
	if (own) return own.product;
	const alternative = catalogue.alternatives.find((a) => a.id === alternativeId);
	if (!alternative) return null;
	const columns = describeCatalogueItem({ kind: 'open-source', alternative });
	return resolveSovereigntyAttributes({ name: alternative.name, ...columns }, undefined, catalogue)
		.attributes;
}

function planLine(
	line: ScenarioLine,
	scenario: Scenario,
	lines: SovereigntyLine[],
	catalogue: Catalogue,
	warnings: string[]
): PlannedMove[] {
	const toProduct = line.alternativeId ? describeAlternative(line.alternativeId, lines, catalogue) : null;
	if (!toProduct) {
		warnings.push(`Ligne « ${line.label} » : aucune alternative libre, le produit reste inchangé.`);
		return [];
	}
	const matches = lines.filter((l) => line.catalogueId !== null && l.catalogueId === line.catalogueId);
	if (matches.length === 0) {
		warnings.push(`Ligne « ${line.label} » : aucun produit correspondant dans l’inventaire.`);
		return [];
	}
	const values = pickLikelyValues(scenario.assumptions);
	const migratable = line.seats * (1 - resolveResidualShare(line, values));
	const inventorySeats = matches.reduce((s, l) => s + l.seats, 0);
	// Products known by spend only (no seat count) move by the scenario's share of migratable seats.
	const fraction =
		inventorySeats > 0 ? Math.min(1, migratable / inventorySeats) : 1 - resolveResidualShare(line, values);
	const recurringCentsPerSeat = line.recurringCentsPerSeatYear * values.recurringCostFactor;
	return matches.map((l) => ({ line: l, toProduct, fraction, recurringCentsPerSeat }));
}

/**
 * Moves of wave w: for each planned product, share = fraction × waves[w], where fraction = migratable seats
 * of the scenario line (seats × (1 − residual share)) ÷ the product's seats in the inventory, capped at 1.
 * The replacement costs its recurring cost per seat (× the scenario's likely recurring-cost factor) for the
 * seats moved: the spend the indicators see after the switch.
 */
function buildWave(plans: PlannedMove[], waveShare: number, index: number): MigrationWave {
	const moves = plans.map((p): MigrationMove => ({
		fromProductName: p.line.product.name,
		toProduct: p.toProduct,
		share: p.fraction * waveShare,
		spendCents: Math.round(p.line.seats * p.fraction * waveShare * p.recurringCentsPerSeat)
	}));
	return { label: `Vague ${index + 1}`, moves };
}

/** Waves up to the last non-zero one. */
function trimWaves(waves: readonly number[]): number[] {
	let last = waves.length - 1;
	while (last >= 0 && !(waves[last] > 0)) last--;
	return waves.slice(0, last + 1);
}

/**
 * The projected trajectory under the selected scenario (or `scenarioId`): the report now and after each
 * wave, with the organisation's composite weights. Null scenario when the organisation has none.
 */
export function getSovereigntyProjection(
	db: Db,
	orgId: number,
	options: { scenarioId?: number; weights?: CompositeWeights } = {}
): SovereigntyProjectionView {
	const repo = createScenariosRepository(db);
	const stored = options.scenarioId ? repo.get(orgId, options.scenarioId) : repo.getSelected(orgId);
	const inventory = getSovereigntyInventory(db, orgId);
	const weights = options.weights ?? getCompositeWeights(db, orgId);
	const baseline = inventory.lines.map(({ product, seats, spendCents }) => ({ product, seats, spendCents }));
	const warnings: string[] = [];
	const scenario = stored?.scenario;
	const plans = scenario
		? scenario.lines.flatMap((l) => planLine(l, scenario, inventory.lines, inventory.catalogue, warnings))
		: [];
	const waves = scenario ? trimWaves(scenario.waves) : [];
	const projection = projectMigration(
		baseline,
		waves.map((share, i) => buildWave(plans, share, i)),
		weights
	);
	warnings.push(...projection.warnings);
	let rollout = 0;
	const steps = projection.steps.map((step): ProjectionStepView => {
		rollout = step.wavesDone === 0 ? 0 : Math.min(1, rollout + waves[step.wavesDone - 1]);
		const r = step.report;
		return {
			wavesDone: step.wavesDone,
			rolloutShare: rollout,
			composite: r.composite.score,
			compositeCoverage: r.composite.coverage,
			sealLevel: r.seal.overallLevel,
			sealScore: r.seal.weightedScore,
			indicators: r.indicators.map(({ id, name, unit, value, coverage }) => ({
				id,
				name,
				unit,
				value,
				coverage
			}))
		};
	});
	const total = Math.min(
		1,
		waves.reduce((s, w) => s + w, 0)
	);
	return {
		scenario: stored ? { id: stored.id, name: stored.name } : null,
		steps,
		moves: plans.map((p) => ({
			from: p.line.product.name,
			to: p.toProduct.name,
			seats: Math.round(p.line.seats * p.fraction * total)
		})),
		warnings
	};
}

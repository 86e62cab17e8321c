/**
 * Read models of the scenario pages: the list with the figures that compare scenarios side by side, and
 * one scenario with what its figures need to be traced (the data each line came from, the catalogue
 * entries and alternatives it uses). The figures themselves are recomputed in the browser from the pure
 * model, so editing an assumption updates them at once.
 */
import type { Catalogue } from '../../domain/catalogue';
import type { Cents } from '../../domain/money';
import type { ScenarioLine } from '../../domain/savings';
import type { LineEvidence, SkippedProduct } from '../../scenarios/lines-from-inventory';
import type { Db } from '../db';
import type { StoredScenario } from '../repositories/scenarios.repository';
import { getScenario, getScenarioData, listScenarios } from './scenarios';

export interface ScenarioSummary {
	id: number;
	name: string;
	template: string | null;
	isSelected: boolean;
	createdAt: string;
	updatedAt: string | null;
	horizonYears: number;
	discountRate: number;
	waves: number[];
	residualShare: number;
	lineCount: number;
	npvCents: Cents;
	cumulativeSavingsCents: Cents;
	cumulativeByYear: Cents[];
	paybackYear: number | null;
	savingsPerAgentCents: Cents | null;
	agentCount: number;
	p10Cents: Cents;
	p90Cents: Cents;
	probabilityOfSaving: number;
	draws: number;
}

/** Every scenario of the organisation (templates created on first use) with its comparable figures. */
export function listScenarioSummaries(db: Db, orgId: number): ScenarioSummary[] {
	return listScenarios(db, orgId).map(({ scenario, projection, monteCarlo, ...stored }) => ({
		id: stored.id,
		name: stored.name,
		template: stored.template,
		isSelected: stored.isSelected,
		createdAt: stored.createdAt,
		updatedAt: stored.updatedAt,
		horizonYears: scenario.horizonYears,
		discountRate: scenario.discountRate,
		waves: scenario.waves,
		residualShare: scenario.assumptions.residualShare.likely,
		lineCount: scenario.lines.length,
		npvCents: projection.npvCents,
		cumulativeSavingsCents: projection.cumulativeSavingsCents,
		cumulativeByYear: projection.years.map((year) => year.cumulativeSavingsCents),
		paybackYear: projection.paybackYear,
		savingsPerAgentCents: projection.savingsPerAgentCents,
		agentCount: projection.agentCount,
		p10Cents: monteCarlo.cumulativeSavings.p10,
		p90Cents: monteCarlo.cumulativeSavings.p90,
		probabilityOfSaving: monteCarlo.probabilityOfSaving,
		draws: monteCarlo.draws
	}));
}

export interface ScenarioDetail {
	stored: StoredScenario;
	/** What the current data says for each product line (by line id), to label each figure's source. */
	evidence: LineEvidence[];
	/** The lines the current data gives, to refresh a scenario after new imports. */
	dataLines: ScenarioLine[];
	skipped: SkippedProduct[];
	firstCalendarYear: number | null;
	orgAgentCount: number | null;
	/** Only the catalogue entries the lines use and their alternatives. */
	catalogue: Catalogue;
}

/** Keeps the entries named by the lines and every alternative those entries list. */
export function pickCatalogue(catalogue: Catalogue, lines: readonly ScenarioLine[]): Catalogue {
	const ids = new Set(lines.map((line) => line.catalogueId));
	const entries = catalogue.entries.filter((entry) => ids.has(entry.id));
	const alternativeIds = new Set(entries.flatMap((entry) => entry.alternativeIds));
	for (const line of lines) if (line.alternativeId) alternativeIds.add(line.alternativeId);
	return {
		...catalogue,
		entries,
		alternatives: catalogue.alternatives.filter((alternative) => alternativeIds.has(alternative.id))
	};
}

/** One scenario and its traceability data; null when the organisation has no such scenario. */
export function getScenarioDetail(db: Db, orgId: number, id: number): ScenarioDetail | null {
	const stored = getScenario(db, orgId, id);
	if (!stored) return null;
	const data = getScenarioData(db, orgId);
	return {
		stored,
		evidence: data.evidence,
		dataLines: data.lines,
		skipped: data.skipped,
		firstCalendarYear: data.firstCalendarYear,
		orgAgentCount: data.agentCount,
		catalogue: pickCatalogue(data.catalogue, [...stored.scenario.lines, ...data.lines])
	};
}

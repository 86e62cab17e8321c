/**
 * The recommendation of the summary page, in plain words and derived from the figures only: which scenario
 * pays back and when (or that none does), the idle licences that can be cancelled at once, and whether the
 * sovereignty indicators rest on enough data. Nothing is said that a figure of the report does not show.
 */
import { formatCount, formatEurosRounded } from '../../domain/money';
import { LOW_COVERAGE_THRESHOLD } from '../../domain/sovereignty';
import { format } from '../../i18n/format';
import { formatCoverage } from './report-blocks';

export interface RecommendationScenario {
	name: string;
	horizonYears: number;
	npvCents: number;
	cumulativeSavingsCents: number;
	paybackYear: number | null;
	p10Cents: number;
	p90Cents: number;
}

export interface RecommendationInput {
	scenarios: readonly RecommendationScenario[];
	/** Index in `scenarios` of the scenario the report details, or null when there is none. */
	presented: number | null;
	/** Calendar year of plan year 1, or null when no spend was imported. */
	firstCalendarYear: number | null;
	unusedSeats: number;
	unusedCostCents: number;
	/** Coverage (0–1) of the composite sovereignty score, or null when it has no value. */
	coverage: number | null;
	/** Label of the assumption that moves the presented scenario's NPV the most, or null. */
	topAssumption: string | null;
}

/** French templates, from the message catalogue (reports.summary.recommendation). */
export interface RecommendationText {
	noScenario: string;
	profitableOne: string;
	profitableMany: string;
	noneProfitable: string;
	paybackIn: string;
	paybackInPlanYear: string;
	presented: string;
	presentedNever: string;
	checkAssumption: string;
	unusedSeats: string;
	lowCoverage: string;
}

function describePayback(
	year: number | null,
	firstCalendarYear: number | null,
	t: RecommendationText
): string {
	if (year === null) return t.presentedNever;
	return firstCalendarYear === null
		? format(t.paybackInPlanYear, { n: year })
		: format(t.paybackIn, { year: firstCalendarYear + year - 1, n: year });
}

/**
 * A scenario is profitable when its NPV is positive and it pays back within its horizon. The most profitable
 * is the one with the highest NPV; with none profitable, the least unfavourable (highest NPV) is named.
 */
function describeScenarios(input: RecommendationInput, t: RecommendationText): string[] {
	const ranked = [...input.scenarios].sort((a, b) => b.npvCents - a.npvCents);
	const profitable = ranked.filter((s) => s.npvCents > 0 && s.paybackYear !== null);
	const best = ranked[0];
	if (!best) return [t.noScenario];
	const lines: string[] = [];
	if (profitable.length === 0) {
		lines.push(
			format(t.noneProfitable, {
				total: ranked.length,
				name: best.name,
				npv: formatEurosRounded(best.npvCents)
			})
		);
	} else {
		const top = profitable[0];
		lines.push(
			format(profitable.length === 1 ? t.profitableOne : t.profitableMany, {
				total: ranked.length,
				count: profitable.length,
				name: top.name,
				cumulative: formatEurosRounded(top.cumulativeSavingsCents),
				years: top.horizonYears,
				npv: formatEurosRounded(top.npvCents),
				payback: describePayback(top.paybackYear, input.firstCalendarYear, t),
				p10: formatEurosRounded(top.p10Cents),
				p90: formatEurosRounded(top.p90Cents)
			})
		);
	}
	const presented = input.presented === null ? undefined : input.scenarios[input.presented];
	if (presented && presented !== profitable[0]) {
		lines.push(
			format(t.presented, {
				name: presented.name,
				npv: formatEurosRounded(presented.npvCents),
				payback: describePayback(presented.paybackYear, input.firstCalendarYear, t)
			})
		);
	}
	if (input.topAssumption) lines.push(format(t.checkAssumption, { label: input.topAssumption }));
	return lines;
}

/** The recommendation as a few sentences, most important first. */
export function buildRecommendation(input: RecommendationInput, t: RecommendationText): string[] {
	const lines = describeScenarios(input, t);
	if (input.unusedSeats > 0) {
		lines.push(
			format(t.unusedSeats, {
				seats: formatCount(input.unusedSeats),
				cost: formatEurosRounded(input.unusedCostCents)
			})
		);
	}
	if (input.coverage !== null && input.coverage < LOW_COVERAGE_THRESHOLD) {
		lines.push(format(t.lowCoverage, { coverage: formatCoverage(input.coverage) }));
	}
	return lines;
}

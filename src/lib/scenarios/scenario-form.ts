/**
 * The scenario edit form as plain strings in the units people use (%, €, days), both ways:
 * toFormState (Scenario → fields) for the inputs, fromFormState (fields → scenario JSON) for parseScenario.
 * The browser recomputes the figures from fromFormState on each keystroke; the server reads the same named
 * fields from the posted form (readFormState) and saves what parseScenario accepts, so both paths agree.
 */
import type { Catalogue } from '../domain/catalogue';
import { ASSUMPTION_KEYS, type AssumptionKey, type Scenario } from '../domain/savings';
import { detectChoice, labelLine, resolveChoice, sumAlternativeCosts } from './alternative-bundle';

export interface RangeFields {
	low: string;
	likely: string;
	high: string;
}

export interface LineFields {
	id: string;
	catalogueId: string;
	/** The product part of the label (before " → "). */
	productName: string;
	/** 'bundle', an alternative id, or '' for none. */
	choice: string;
	seats: string;
	unitPrice: string;
	schedule: string;
	oneOff: string;
	recurring: string;
	trainingDays: string;
	hardware: string;
	residual: string;
}

export interface ScenarioFormState {
	name: string;
	template: string;
	horizonYears: string;
	discountRate: string;
	agentCount: string;
	waves: string[];
	assumptions: Record<AssumptionKey, RangeFields>;
	lines: LineFields[];
}

/** How each assumption is typed: percentages and euros are converted; the rest is taken as is. */
export const ASSUMPTION_UNITS: Record<AssumptionKey, 'percent' | 'euros' | 'factor' | 'months' | 'days'> = {
	residualShare: 'percent',
	priceEscalationRate: 'percent',
	oneOffCostFactor: 'factor',
	recurringCostFactor: 'factor',
	trainingDaysFactor: 'factor',
	trainingDayCostCents: 'euros',
	agentDayCostCents: 'euros',
	dualRunningMonths: 'months',
	productivityDipDaysPerAgent: 'days',
	hardwareSavingFactor: 'factor'
};

/** A number as typed in French: decimal comma, no float noise ("0,15 × 100" shows "15", not "15,000…02"). */
export function showNumber(value: number): string {
	return String(Math.round(value * 1e6) / 1e6).replace('.', ',');
}

const showPercent = (ratio: number) => showNumber(ratio * 100);
const showEuros = (cents: number) => showNumber(cents / 100);

function showAssumption(key: AssumptionKey, value: number): string {
	const unit = ASSUMPTION_UNITS[key];
	return unit === 'percent' ? showPercent(value) : unit === 'euros' ? showEuros(value) : showNumber(value);
}

/** The fields of a stored scenario. Lines of an entry missing from the catalogue keep their alternative id. */
export function toFormState(scenario: Scenario, catalogue: Catalogue): ScenarioFormState {
	const assumptions = {} as Record<AssumptionKey, RangeFields>;
	for (const key of ASSUMPTION_KEYS) {
		const range = scenario.assumptions[key];
		assumptions[key] = {
			low: showAssumption(key, range.low),
			likely: showAssumption(key, range.likely),
			high: showAssumption(key, range.high)
		};
	}
	const waves = Array.from({ length: scenario.horizonYears }, (_, t) => showPercent(scenario.waves[t] ?? 0));
	return {
		name: scenario.name,
		template: scenario.template ?? '',
		horizonYears: String(scenario.horizonYears),
		discountRate: String(scenario.discountRate),
		agentCount: scenario.agentCount === null ? '' : String(scenario.agentCount),
		waves,
		assumptions,
		lines: scenario.lines.map((line) => {
			const entry = catalogue.entries.find((candidate) => candidate.id === line.catalogueId);
			return {
				id: line.id,
				catalogueId: line.catalogueId ?? '',
				productName: line.label.split(' → ')[0],
				choice: (entry ? detectChoice(line, entry, catalogue) : line.alternativeId) ?? '',
				seats: String(line.seats),
				unitPrice: showEuros(line.unitPriceCentsPerYear),
				schedule: line.priceScheduleCentsPerSeat?.map(showEuros).join(' ; ') ?? '',
				oneOff: showEuros(line.oneOffCentsPerSeat),
				recurring: showEuros(line.recurringCentsPerSeatYear),
				trainingDays: showNumber(line.trainingDaysPerAgent),
				hardware: showEuros(line.hardwareCentsPerSeatYear),
				residual: line.residualShare === null ? '' : showPercent(line.residualShare)
			};
		})
	};
}

/** A typed number ("1 234,5", "12.5", " 3 ") or NaN; thin and no-break spaces are ignored. */
export function readNumber(text: string): number {
	const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	return cleaned === '' || !/^[-+]?\d*\.?\d+$/.test(cleaned) ? Number.NaN : Number(cleaned);
}

/** Keeps an unreadable entry as text so that parseScenario reports it with its path. */
function convert(text: string, scale: number, round: boolean): number | string {
	const value = readNumber(text);
	if (Number.isNaN(value)) return text;
	const scaled = value * scale;
	return round ? Math.round(scaled) : Math.round(scaled * 1e9) / 1e9;
}

const percent = (text: string) => convert(text, 0.01, false);

/** Waves of 0 % at the end change nothing: dropped, so a saved scenario reads like the template it came from. */
function trimTrailingZeros(waves: (number | string)[]): (number | string)[] {
	let end = waves.length;
	while (end > 1 && waves[end - 1] === 0) end--;
	return waves.slice(0, end);
}
const euros = (text: string) => convert(text, 100, true);
const plain = (text: string) => convert(text, 1, false);

function readAssumption(key: AssumptionKey, text: string) {
	const unit = ASSUMPTION_UNITS[key];
	return unit === 'percent' ? percent(text) : unit === 'euros' ? euros(text) : plain(text);
}

/**
 * The scenario JSON the fields describe, for parseScenario: percentages ÷ 100, euros × 100 (rounded to the
 * cent), empty optional fields as null. The alternative choice sets the line's alternativeId and label;
 * costs stay as typed (changing the choice in the form fills them from the catalogue beforehand).
 */
export function fromFormState(state: ScenarioFormState, catalogue: Catalogue): Record<string, unknown> {
	const horizon = plain(state.horizonYears);
	const length = typeof horizon === 'number' ? Math.max(1, Math.min(horizon, state.waves.length)) : 1;
	const assumptions: Record<string, unknown> = {};
	for (const key of ASSUMPTION_KEYS) {
		const range = state.assumptions[key];
		assumptions[key] = {
			low: readAssumption(key, range.low),
			likely: readAssumption(key, range.likely),
			high: readAssumption(key, range.high)
		};
	}
	return {
		schemaVersion: 1,
		name: state.name.trim(),
		template: state.template === '' ? null : state.template,
		horizonYears: horizon,
		discountRate: plain(state.discountRate),
		waves: trimTrailingZeros(state.waves.slice(0, length).map(percent)),
		agentCount: state.agentCount.trim() === '' ? null : plain(state.agentCount),
		assumptions,
		lines: state.lines.map((line) => {
			const entry = catalogue.entries.find((candidate) => candidate.id === line.catalogueId);
			const alternatives = entry ? resolveChoice(entry, catalogue, line.choice) : [];
			const alternativeId = entry ? (alternatives[0]?.id ?? null) : line.choice || null;
			return {
				id: line.id,
				label: entry ? labelLine(line.productName, alternatives) : line.productName,
				catalogueId: line.catalogueId || null,
				alternativeId,
				seats: plain(line.seats),
				unitPriceCentsPerYear: euros(line.unitPrice),
				priceScheduleCentsPerSeat:
					line.schedule.trim() === '' ? null : line.schedule.split(';').map((part) => euros(part.trim())),
				oneOffCentsPerSeat: euros(line.oneOff),
				recurringCentsPerSeatYear: euros(line.recurring),
				trainingDaysPerAgent: plain(line.trainingDays),
				hardwareCentsPerSeatYear: euros(line.hardware),
				residualShare: line.residual.trim() === '' ? null : percent(line.residual)
			};
		})
	};
}

/**
 * Applies an alternative choice to a line's fields: the catalogue costs of the chosen alternative(s)
 * replace the typed ones (a new alternative has its own costs); choosing none keeps the line proprietary.
 */
export function applyChoice(line: LineFields, choice: string, catalogue: Catalogue): LineFields {
	const entry = catalogue.entries.find((candidate) => candidate.id === line.catalogueId);
	if (!entry) return { ...line, choice };
	const alternatives = resolveChoice(entry, catalogue, choice);
	const costs = sumAlternativeCosts(alternatives);
	return {
		...line,
		choice,
		oneOff: showEuros(costs.oneOffCentsPerSeat),
		recurring: showEuros(costs.recurringCentsPerSeatYear),
		trainingDays: showNumber(costs.trainingDaysPerAgent),
		residual: alternatives.length === 0 ? '100' : line.residual === '100' ? '' : line.residual
	};
}

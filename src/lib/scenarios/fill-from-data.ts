/**
 * Completes a scenario file with the organisation's data before it is parsed, so that a file may name
 * products and leave their seats and prices to the imported files (`cap-libre simulate --org`).
 * Explicit values always win; what was filled is reported, so the output says where each figure came from.
 */
import type { ScenarioLine } from '../domain/savings';

export interface OrganisationData {
	/** Lines built from the inventory (lines-from-inventory.ts). */
	lines: ScenarioLine[];
	agentCount: number | null;
}

export interface FilledScenario {
	json: unknown;
	/** French notes, one per filled value: "lines[0].seats : 380 (données de la collectivité)". */
	filled: string[];
}

type JsonObject = Record<string, unknown>;

const COST_KEYS = [
	'oneOffCentsPerSeat',
	'recurringCentsPerSeatYear',
	'trainingDaysPerAgent',
	'hardwareCentsPerSeatYear',
	'residualShare'
] as const satisfies readonly (keyof ScenarioLine)[];

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Without `lines`, every line of the organisation's data is used. A line with a `catalogueId` takes, when
 * it does not give them, the seats and the price (and price schedule) of the organisation's first line of
 * that catalogue entry, and, when it names no `alternativeId`, that line's alternative, label and costs. `agentCount` comes from the organisation when absent. Returns the input untouched
 * (same object) when it is not a JSON object or when there is no organisation data.
 */
export function fillScenarioFromData(raw: unknown, data: OrganisationData | null): FilledScenario {
	if (!isObject(raw) || data === null) return { json: raw, filled: [] };
	const filled: string[] = [];
	const json: JsonObject = { ...raw };
	if (json.agentCount === undefined && data.agentCount !== null) {
		json.agentCount = data.agentCount;
		filled.push(`agentCount : ${data.agentCount} (collectivité)`);
	}
	if (json.lines === undefined) {
		json.lines = structuredClone(data.lines);
		filled.push(`lines : ${data.lines.length} ligne(s) tirée(s) des données importées`);
		return { json, filled };
	}
	if (!Array.isArray(json.lines)) return { json, filled };
	json.lines = json.lines.map((rawLine: unknown, i: number) => {
		if (!isObject(rawLine) || typeof rawLine.catalogueId !== 'string') return rawLine;
		const source = data.lines.find((line) => line.catalogueId === rawLine.catalogueId);
		if (!source) return rawLine;
		const line: JsonObject = { ...rawLine };
		if (line.seats === undefined) {
			line.seats = source.seats;
			filled.push(`lines[${i}].seats : ${source.seats} (données importées)`);
		}
		if (line.unitPriceCentsPerYear === undefined) {
			line.unitPriceCentsPerYear = source.unitPriceCentsPerYear;
			filled.push(`lines[${i}].unitPriceCentsPerYear : ${source.unitPriceCentsPerYear} (données importées)`);
			if (line.priceScheduleCentsPerSeat === undefined && source.priceScheduleCentsPerSeat) {
				line.priceScheduleCentsPerSeat = [...source.priceScheduleCentsPerSeat];
				filled.push(`lines[${i}].priceScheduleCentsPerSeat : barème des données importées`);
			}
		}
		// Without an explicit alternative, the line is replaced as in the organisation's scenarios (a suite by
		// its bundle): its alternative and the costs the file leaves out come from the data line.
		if (line.alternativeId === undefined) {
			line.alternativeId = source.alternativeId;
			for (const key of COST_KEYS) {
				if (line[key] === undefined) line[key] = source[key];
			}
			if (line.label === undefined) line.label = source.label;
			filled.push(`lines[${i}] : alternative et coûts de « ${source.label} »`);
		}
		return line;
	});
	return { json, filled };
}

/**
 * Field readers for parseScenario: each checks one JSON value, records a French message under its path
 * when invalid, and returns a usable fallback so that every error of a file is reported in one pass.
 */
import { ASSUMPTION_BOUNDS, ASSUMPTION_LABELS } from './assumptions';
import type { AssumptionKey, Range } from './types';

export type JsonObject = Record<string, unknown>;

/** A plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the errors of one parse; every reader returns a fallback so parsing goes on after an error. */
export class FieldReader {
	readonly errors: string[] = [];

	fail(path: string, message: string): void {
		this.errors.push(`${path} : ${message}`);
	}

	/** A finite number in [min, max]; `fallback` when absent (undefined). */
	number(value: unknown, path: string, min: number, max: number, fallback: number): number {
		if (value === undefined) return fallback;
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			this.fail(path, `nombre attendu (reçu ${describe(value)}).`);
			return fallback;
		}
		if (value < min || value > max) {
			this.fail(path, `doit être compris entre ${min} et ${max} (reçu ${value}).`);
			return fallback;
		}
		return value;
	}

	/** An integer ≥ min (counts, cents); `fallback` when absent. */
	integer(value: unknown, path: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
		if (value === undefined) return fallback;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
			const bound = max === Number.MAX_SAFE_INTEGER ? `supérieur ou égal à ${min}` : `entre ${min} et ${max}`;
			this.fail(path, `entier ${bound} attendu (reçu ${describe(value)}).`);
			return fallback;
		}
		return value;
	}

	/** A non-empty string; `fallback` when absent. */
	text(value: unknown, path: string, fallback: string): string {
		if (value === undefined) return fallback;
		if (typeof value !== 'string' || value.trim() === '') {
			this.fail(path, `texte non vide attendu (reçu ${describe(value)}).`);
			return fallback;
		}
		return value;
	}

	/** A range {low, likely, high}, or a number meaning a fixed value; checked against the key's bounds. */
	range(value: unknown, path: string, key: AssumptionKey, fallback: Range): Range {
		if (value === undefined) return fallback;
		const { min, max } = ASSUMPTION_BOUNDS[key];
		if (typeof value === 'number') {
			const fixed = this.number(value, path, min, max, Number.NaN);
			return Number.isNaN(fixed) ? fallback : { low: fixed, likely: fixed, high: fixed };
		}
		if (!isJsonObject(value)) {
			this.fail(
				path,
				`nombre ou objet { low, likely, high } attendu pour « ${ASSUMPTION_LABELS[key].label} ».`
			);
			return fallback;
		}
		const before = this.errors.length;
		for (const point of ['low', 'likely', 'high'] as const) {
			if (value[point] === undefined) this.fail(`${path}.${point}`, 'valeur manquante.');
		}
		const low = this.number(value.low, `${path}.low`, min, max, fallback.low);
		const likely = this.number(value.likely, `${path}.likely`, min, max, fallback.likely);
		const high = this.number(value.high, `${path}.high`, min, max, fallback.high);
		if (this.errors.length > before) return fallback;
		if (!(low <= likely && likely <= high)) {
			this.fail(path, `il faut low ≤ likely ≤ high (reçu ${low}, ${likely}, ${high}).`);
			return fallback;
		}
		return { low, likely, high };
	}
}

/** A short French description of a received value, for error messages. */
export function describe(value: unknown): string {
	if (value === undefined) return 'rien';
	if (value === null) return 'null';
	if (value === '') return 'un texte vide';
	if (typeof value === 'string') return `« ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return Array.isArray(value) ? 'une liste' : 'un objet';
}

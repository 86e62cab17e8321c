/**
 * The `name` attributes of the scenario form's inputs, and reading them back from a posted form, so that
 * the page and the server action name every field the same way.
 */
import { ASSUMPTION_KEYS, type AssumptionKey } from '../domain/savings';
import type { LineFields, RangeFields, ScenarioFormState } from './scenario-form';

const LINE_FIELDS = [
	'id',
	'catalogueId',
	'productName',
	'choice',
	'seats',
	'unitPrice',
	'schedule',
	'oneOff',
	'recurring',
	'trainingDays',
	'hardware',
	'residual'
] as const satisfies readonly (keyof LineFields)[];

/** The `name` attribute of each input, shared by the page and readFormState. */
export const fieldName = {
	wave: (t: number) => `wave-${t}`,
	assumption: (key: AssumptionKey, point: keyof RangeFields) => `${key}-${point}`,
	line: (i: number, field: keyof LineFields) => `line-${i}-${field}`
};

/**
 * The fields of a posted form (FormData.get, or any reader of named values). Waves are read up to the
 * first missing index, lines up to the first missing id, so the form decides how many there are.
 */
export function readFormState(get: (name: string) => string | null): ScenarioFormState {
	const text = (name: string) => get(name) ?? '';
	const waves: string[] = [];
	for (let t = 0; get(fieldName.wave(t)) !== null; t++) waves.push(text(fieldName.wave(t)));
	const assumptions = {} as Record<AssumptionKey, RangeFields>;
	for (const key of ASSUMPTION_KEYS) {
		assumptions[key] = {
			low: text(fieldName.assumption(key, 'low')),
			likely: text(fieldName.assumption(key, 'likely')),
			high: text(fieldName.assumption(key, 'high'))
		};
	}
	const lines: LineFields[] = [];
	for (let i = 0; get(fieldName.line(i, 'id')) !== null; i++) {
		const line = {} as LineFields;
		for (const field of LINE_FIELDS) line[field] = text(fieldName.line(i, field));
		lines.push(line);
	}
	return {
		name: text('name'),
		template: text('template'),
		horizonYears: text('horizonYears'),
		discountRate: text('discountRate'),
		agentCount: text('agentCount'),
		waves,
		assumptions,
		lines
	};
}

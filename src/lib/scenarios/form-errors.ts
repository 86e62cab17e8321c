/**
 * parseScenario reports errors by JSON path ("lines[2].seats : …"). In the form, the path is replaced by
 * what the user sees: the product's name and the field's label, the assumption's label and its point.
 */
import { ASSUMPTION_KEYS, type AssumptionKey } from '../domain/savings';
import type { Messages } from '../i18n';
import type { LineFields } from './scenario-form';

type FormTexts = Messages['scenarios']['form'];

const LINE_FIELD_LABELS: Record<string, keyof FormTexts['line']> = {
	seats: 'seats',
	unitPriceCentsPerYear: 'unitPrice',
	priceScheduleCentsPerSeat: 'schedule',
	oneOffCentsPerSeat: 'oneOff',
	recurringCentsPerSeatYear: 'recurring',
	trainingDaysPerAgent: 'training',
	hardwareCentsPerSeatYear: 'hardware',
	residualShare: 'residual',
	alternativeId: 'alternative'
};

function isAssumptionKey(value: string): value is AssumptionKey {
	return ASSUMPTION_KEYS.some((key) => key === value);
}

function describePath(
	path: string,
	lines: readonly Pick<LineFields, 'productName'>[],
	texts: FormTexts,
	labels: Record<AssumptionKey, string>
): string {
	const line = /^lines\[(\d+)\](?:\.(\w+))?/.exec(path);
	if (line) {
		const name = lines[Number(line[1])]?.productName ?? path;
		const field = line[2] && LINE_FIELD_LABELS[line[2]];
		return field ? `${name} — ${texts.line[field]}` : name;
	}
	const assumption = /^assumptions\.(\w+)(?:\.(low|likely|high))?/.exec(path);
	if (assumption && isAssumptionKey(assumption[1])) {
		const point = assumption[2] as 'low' | 'likely' | 'high' | undefined;
		return point ? `${labels[assumption[1]]} (${texts[point].toLowerCase()})` : labels[assumption[1]];
	}
	const root = path.replace(/\[\d+\]$/, '');
	return root in texts.paths ? texts.paths[root as keyof FormTexts['paths']] : path;
}

/** "lines[0].seats : entier … attendu" → "Zoom Workplace — Postes : entier … attendu". */
export function describeFormError(
	error: string,
	lines: readonly Pick<LineFields, 'productName'>[],
	texts: FormTexts,
	labels: Record<AssumptionKey, string>
): string {
	const separator = error.indexOf(' : ');
	if (separator < 0) return error;
	return `${describePath(error.slice(0, separator), lines, texts, labels)} : ${error.slice(separator + 3)}`;
}

/**
 * Editing one item of the catalogue from a form: every figure is a value plus either its source and date
 * or the reason it is an assumption, so an edited figure stays as traceable as a shipped one. Pure: the
 * route saves the result with services/catalogue saveCatalogue, which checks the catalogue's integrity.
 */
import type { Alternative, Catalogue, CatalogueEntry, Difficulty, SourcedValue } from '../domain/catalogue';
import { readNumber, showNumber } from './scenario-form';

export interface FigureFields {
	value: string;
	kind: 'sourced' | 'assumption';
	source: string;
	date: string;
	note: string;
}

/** Which figures of an entry or an alternative the form edits, and how their value is typed. */
export const ENTRY_FIGURES = [
	'unitPrice',
	'priceScheduleCentsPerYear',
	'forcedHardwareCentsPerSeatYear'
] as const;
export const ALTERNATIVE_FIGURES = [
	'oneOffCentsPerSeat',
	'recurringCentsPerSeatYear',
	'trainingDaysPerAgent',
	'difficulty'
] as const;
export type EntryFigure = (typeof ENTRY_FIGURES)[number];
export type AlternativeFigure = (typeof ALTERNATIVE_FIGURES)[number];

type Reader<T> = (text: string) => T | null;

const readCents: Reader<number> = (text) => {
	const euros = readNumber(text);
	return Number.isNaN(euros) || euros < 0 ? null : Math.round(euros * 100);
};
const readSchedule: Reader<number[]> = (text) => {
	const values = text.split(';').map((part) => readCents(part.trim()));
	return values.every((value): value is number => value !== null) ? values : null;
};
const readDays: Reader<number> = (text) => {
	const days = readNumber(text);
	return Number.isNaN(days) || days < 0 ? null : days;
};
const readDifficulty: Reader<Difficulty> = (text) => {
	const value = readNumber(text);
	return value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : null;
};

export const showCents = (cents: number) => showNumber(cents / 100);

/** The form fields of a figure (value as typed in euros or days). */
export function toFigureFields<T>(figure: SourcedValue<T> | null, show: (value: T) => string): FigureFields {
	if (figure === null) return { value: '', kind: 'assumption', source: '', date: '', note: '' };
	if ('kind' in figure)
		return { value: show(figure.value), kind: 'assumption', source: '', date: '', note: figure.note };
	return {
		value: show(figure.value),
		kind: 'sourced',
		source: figure.source,
		date: figure.date,
		note: figure.note ?? ''
	};
}

/** Shows a figure's value the way the form types it. */
export function showFigureValue(field: EntryFigure | AlternativeFigure, value: number | number[]): string {
	if (Array.isArray(value)) return value.map(showCents).join(' ; ');
	return field === 'trainingDaysPerAgent' || field === 'difficulty' ? showNumber(value) : showCents(value);
}

/** The name attributes of a figure's inputs. */
export const figureField = (figure: string, part: keyof FigureFields) => `${figure}-${part}`;

function readFigure<T>(
	get: (name: string) => string | null,
	name: string,
	read: Reader<T>,
	optional: boolean,
	errors: string[]
): SourcedValue<T> | null | undefined {
	const text = (part: keyof FigureFields) => (get(figureField(name, part)) ?? '').trim();
	if (get(figureField(name, 'value')) === null) return undefined;
	if (optional && text('value') === '') return null;
	const value = read(text('value'));
	if (value === null) {
		errors.push(`${name} : valeur « ${text('value')} » invalide.`);
		return undefined;
	}
	if (text('kind') === 'sourced') {
		const note = text('note');
		return note === ''
			? { value, source: text('source'), date: text('date') }
			: { value, source: text('source'), date: text('date'), note };
	}
	return { value, kind: 'assumption', note: text('note') };
}

/** The notes text: empty means none. */
const readNotes = (get: (name: string) => string | null, fallback: string | null) => {
	const notes = get('notes');
	return notes === null ? fallback : notes.trim() === '' ? null : notes.trim();
};

/**
 * A copy of the catalogue with one entry's figures and notes replaced by the posted fields; fields not
 * posted keep their value. Errors list unreadable values (the catalogue is then unchanged).
 */
export function applyEntryEdit(
	catalogue: Catalogue,
	id: string,
	get: (name: string) => string | null,
	today: string
): { catalogue: Catalogue; errors: string[] } {
	const errors: string[] = [];
	const entry = catalogue.entries.find((candidate) => candidate.id === id);
	if (!entry) return { catalogue, errors: [`« ${id} » absent du catalogue.`] };
	const price = readFigure(get, 'unitPrice', readCents, false, errors);
	const schedule = readFigure(get, 'priceScheduleCentsPerYear', readSchedule, true, errors);
	const hardware = readFigure(get, 'forcedHardwareCentsPerSeatYear', readCents, true, errors);
	const period = get('pricePeriod');
	const edited: CatalogueEntry = {
		...entry,
		unitPrice: price ?? entry.unitPrice,
		pricePeriod: period === 'month' || period === 'year' ? period : entry.pricePeriod,
		priceScheduleCentsPerYear: schedule === undefined ? entry.priceScheduleCentsPerYear : schedule,
		forcedHardwareCentsPerSeatYear: hardware === undefined ? entry.forcedHardwareCentsPerSeatYear : hardware,
		notes: readNotes(get, entry.notes)
	};
	if (errors.length > 0) return { catalogue, errors };
	return {
		catalogue: {
			...catalogue,
			updated: today,
			entries: catalogue.entries.map((candidate) => (candidate.id === id ? edited : candidate))
		},
		errors
	};
}

/** Same for an open-source alternative: its costs per seat, training days, difficulty and notes. */
export function applyAlternativeEdit(
	catalogue: Catalogue,
	id: string,
	get: (name: string) => string | null,
	today: string
): { catalogue: Catalogue; errors: string[] } {
	const errors: string[] = [];
	const alternative = catalogue.alternatives.find((candidate) => candidate.id === id);
	if (!alternative) return { catalogue, errors: [`« ${id} » absent du catalogue.`] };
	const edited: Alternative = {
		...alternative,
		oneOffCentsPerSeat:
			readFigure(get, 'oneOffCentsPerSeat', readCents, false, errors) ?? alternative.oneOffCentsPerSeat,
		recurringCentsPerSeatYear:
			readFigure(get, 'recurringCentsPerSeatYear', readCents, false, errors) ??
			alternative.recurringCentsPerSeatYear,
		trainingDaysPerAgent:
			readFigure(get, 'trainingDaysPerAgent', readDays, false, errors) ?? alternative.trainingDaysPerAgent,
		difficulty: readFigure(get, 'difficulty', readDifficulty, false, errors) ?? alternative.difficulty,
		notes: readNotes(get, alternative.notes)
	};
	if (errors.length > 0) return { catalogue, errors };
	return {
		catalogue: {
			...catalogue,
			updated: today,
			alternatives: catalogue.alternatives.map((candidate) => (candidate.id === id ? edited : candidate))
		},
		errors
	};
}

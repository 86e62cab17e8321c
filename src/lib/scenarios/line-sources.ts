/**
 * Where each figure of a scenario line comes from, for the assumptions table: the organisation's imported
 * files, a published source of the catalogue (with its date), a stated assumption, or a value typed by a
 * user. Computed from the values themselves, so a figure edited in the form is labelled as such at once.
 */
import {
	isAssumption,
	type Alternative,
	type Catalogue,
	type CatalogueEntry,
	type SourcedValue
} from '../domain/catalogue';
import { formatCount, formatEuros } from '../domain/money';
import { computeYearlyUnitPrice, type ScenarioLine } from '../domain/savings';
import { format } from '../i18n/format';
import type { Messages } from '../i18n';
import { detectChoice, resolveChoice } from './alternative-bundle';
import type { LineEvidence } from './lines-from-inventory';

export type SourceKind = 'data' | 'catalogue' | 'assumption' | 'edited' | 'none';

export interface SourceNote {
	kind: SourceKind;
	text: string;
	/** Longer explanations (the catalogue's notes, a schedule), shown on demand. */
	details: string[];
}

export interface LineSources {
	seats: SourceNote;
	unitPrice: SourceNote;
	oneOff: SourceNote;
	recurring: SourceNote;
	training: SourceNote;
	hardware: SourceNote;
}

export type SourceTexts = Messages['scenarios']['assumptions']['sources'];

const days = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function describeFigure<T>(figure: SourcedValue<T>, texts: SourceTexts): SourceNote {
	if (isAssumption(figure))
		return { kind: 'assumption', text: texts.catalogueAssumption, details: [figure.note] };
	return {
		kind: 'catalogue',
		text: format(texts.catalogueFigure, { source: figure.source, date: figure.date }),
		details: figure.note ? [figure.note] : []
	};
}

const edited = (texts: SourceTexts, reference: string | null): SourceNote => ({
	kind: 'edited',
	text: reference === null ? texts.editedNoData : format(texts.edited, { value: reference }),
	details: []
});

type CostField = 'oneOffCentsPerSeat' | 'recurringCentsPerSeatYear' | 'trainingDaysPerAgent';

/** A cost of the alternative(s): the catalogue figure, or the sum of the bundle's figures with each part. */
function describeCost(
	value: number,
	alternatives: readonly Alternative[],
	field: CostField,
	show: (value: number) => string,
	texts: SourceTexts
): SourceNote {
	const expected = alternatives.reduce((sum, alternative) => sum + alternative[field].value, 0);
	if (alternatives.length === 0)
		return value === 0 ? { kind: 'none', text: texts.none, details: [] } : edited(texts, null);
	// Training days are summed as decimals: compare to the hundredth, as the bundle rounds them.
	if (Math.abs(value - expected) > 0.005)
		return { kind: 'edited', text: format(texts.editedCatalogue, { value: show(expected) }), details: [] };
	if (alternatives.length === 1) return describeFigure(alternatives[0][field], texts);
	const parts = alternatives.map((alternative) => `${alternative.name} ${show(alternative[field].value)}`);
	return {
		kind: alternatives.some((alternative) => isAssumption(alternative[field])) ? 'assumption' : 'catalogue',
		text: format(texts.bundle, { parts: parts.join(' + ') }),
		details: alternatives.map((alternative) => {
			const note = describeFigure(alternative[field], texts);
			return `${alternative.name} : ${note.details.join(' ') || note.text}`;
		})
	};
}

function describeSeats(
	line: ScenarioLine,
	evidence: LineEvidence | undefined,
	texts: SourceTexts
): SourceNote {
	if (!evidence) return edited(texts, null);
	if (line.seats !== evidence.seats) return edited(texts, formatCount(evidence.seats));
	if (evidence.seatsPaid === null) return { kind: 'assumption', text: texts.seats.site, details: [] };
	const template = evidence.paidSource ? texts.seats[evidence.paidSource] : texts.seats.unknown;
	return { kind: 'data', text: format(template, { year: evidence.year ?? '' }), details: [] };
}

function sameSchedule(a: number[] | null, b: number[] | null): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function describePrice(
	line: ScenarioLine,
	evidence: LineEvidence | undefined,
	entry: CatalogueEntry | undefined,
	texts: SourceTexts
): SourceNote {
	const schedule = line.priceScheduleCentsPerSeat;
	const scheduleDetails = schedule
		? [format(texts.schedule, { values: schedule.map(formatEuros).join(' ; ') })]
		: [];
	if (evidence && line.unitPriceCentsPerYear === evidence.unitPriceCentsPerYear) {
		if (!sameSchedule(schedule, evidence.priceScheduleCentsPerSeat)) return edited(texts, null);
		if (evidence.scheduleShift > 0 && schedule)
			scheduleDetails.push(format(texts.scheduleShift, { shift: evidence.scheduleShift }));
		if (evidence.priceFrom === 'spend') {
			const text = format(texts.fromSpend, {
				basis: evidence.basis ? texts.basis[evidence.basis] : '',
				year: evidence.year ?? '',
				spend: formatEuros(evidence.spendCents),
				seats: formatCount(evidence.seats)
			});
			return { kind: 'data', text, details: scheduleDetails };
		}
	}
	if (entry && line.unitPriceCentsPerYear === computeYearlyUnitPrice(entry)) {
		const note = describeFigure(entry.unitPrice, texts);
		return { ...note, details: [...note.details, ...scheduleDetails] };
	}
	return edited(texts, evidence ? formatEuros(evidence.unitPriceCentsPerYear) : null);
}

function describeHardware(
	line: ScenarioLine,
	entry: CatalogueEntry | undefined,
	texts: SourceTexts
): SourceNote {
	const figure = entry?.forcedHardwareCentsPerSeatYear;
	if (figure && figure.value === line.hardwareCentsPerSeatYear) return describeFigure(figure, texts);
	if (!figure && line.hardwareCentsPerSeatYear === 0) return { kind: 'none', text: texts.none, details: [] };
	return edited(texts, figure ? formatEuros(figure.value) : null);
}

/**
 * The source of every figure of a line, given what the data said when lines were built (evidence). The
 * alternative choice is the form's when given, else read from the line (detectChoice).
 */
export function describeLineSources(
	line: ScenarioLine,
	evidence: LineEvidence | undefined,
	catalogue: Catalogue,
	texts: SourceTexts,
	choice?: string
): LineSources {
	const entry = catalogue.entries.find((candidate) => candidate.id === line.catalogueId);
	const chosen = choice ?? (entry ? detectChoice(line, entry, catalogue) : null);
	const alternatives = entry ? resolveChoice(entry, catalogue, chosen) : [];
	return {
		seats: describeSeats(line, evidence, texts),
		unitPrice: describePrice(line, evidence, entry, texts),
		oneOff: describeCost(line.oneOffCentsPerSeat, alternatives, 'oneOffCentsPerSeat', formatEuros, texts),
		recurring: describeCost(
			line.recurringCentsPerSeatYear,
			alternatives,
			'recurringCentsPerSeatYear',
			formatEuros,
			texts
		),
		training: describeCost(
			line.trainingDaysPerAgent,
			alternatives,
			'trainingDaysPerAgent',
			(value) => format(texts.days, { n: days.format(value) }),
			texts
		),
		hardware: describeHardware(line, entry, texts)
	};
}

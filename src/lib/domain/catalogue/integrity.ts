/**
 * Consistency checks for a catalogue, shipped or edited: what a stored or user-edited copy must satisfy
 * before the matcher and the savings model can trust it. Messages are in French for the editing UI.
 */
import { normaliseProductName } from './match';
import { isAssumption, type Catalogue, type SourcedValue } from './types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 8601 calendar date, possibly reduced to yyyy-mm or yyyy when the source is no more precise. */
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function checkFigure<T>(
	figure: SourcedValue<T>,
	where: string,
	errors: string[],
	isValid: (value: T) => boolean
) {
	if (!isValid(figure.value)) errors.push(`${where} : valeur invalide.`);
	if (isAssumption(figure)) {
		if (figure.note.trim() === '') errors.push(`${where} : une hypothèse doit être expliquée.`);
	} else {
		if (figure.source.trim() === '') errors.push(`${where} : source manquante.`);
		if (!ISO_DATE.test(figure.date)) errors.push(`${where} : date « ${figure.date} » hors format ISO.`);
	}
}

const isCents = (value: number) => Number.isInteger(value) && value >= 0;

/**
 * Returns every problem found (empty when sound): ids not kebab-case or duplicated, alternatives referenced
 * but missing, a normalised synonym claimed by two different items (the matcher would pick one silently),
 * money not in non-negative integer cents, sourced figures without source or ISO date, unexplained assumptions.
 */
export function checkCatalogueIntegrity(catalogue: Catalogue): string[] {
	const errors: string[] = [];
	const ids = new Set<string>();
	const owners = new Map<string, string>();
	const claim = (synonym: string, owner: string) => {
		const key = normaliseProductName(synonym);
		const previous = owners.get(key);
		if (previous !== undefined && previous !== owner) {
			errors.push(`Synonyme « ${synonym} » revendiqué par ${previous} et ${owner}.`);
		}
		owners.set(key, owner);
	};
	const registerId = (id: string) => {
		if (!KEBAB.test(id)) errors.push(`Identifiant « ${id} » : minuscules et tirets attendus.`);
		if (ids.has(id)) errors.push(`Identifiant « ${id} » en double.`);
		ids.add(id);
	};

	for (const alternative of catalogue.alternatives) {
		registerId(alternative.id);
		for (const synonym of [alternative.name, ...alternative.synonyms]) claim(synonym, alternative.id);
		checkFigure(alternative.oneOffCentsPerSeat, `${alternative.id}.oneOffCentsPerSeat`, errors, isCents);
		checkFigure(
			alternative.recurringCentsPerSeatYear,
			`${alternative.id}.recurringCentsPerSeatYear`,
			errors,
			isCents
		);
		checkFigure(
			alternative.trainingDaysPerAgent,
			`${alternative.id}.trainingDaysPerAgent`,
			errors,
			(v) => v >= 0
		);
		checkFigure(alternative.difficulty, `${alternative.id}.difficulty`, errors, (v) => v >= 1 && v <= 5);
	}
	for (const entry of catalogue.entries) {
		registerId(entry.id);
		for (const synonym of [entry.name, ...entry.synonyms]) claim(synonym, entry.id);
		checkFigure(entry.unitPrice, `${entry.id}.unitPrice`, errors, isCents);
		if (entry.priceScheduleCentsPerYear) {
			checkFigure(entry.priceScheduleCentsPerYear, `${entry.id}.priceScheduleCentsPerYear`, errors, (v) =>
				v.every(isCents)
			);
		}
		if (entry.forcedHardwareCentsPerSeatYear) {
			checkFigure(
				entry.forcedHardwareCentsPerSeatYear,
				`${entry.id}.forcedHardwareCentsPerSeatYear`,
				errors,
				isCents
			);
		}
		if (entry.endOfSupportDate !== null && !ISO_DATE.test(entry.endOfSupportDate)) {
			errors.push(`${entry.id}.endOfSupportDate : date hors format ISO.`);
		}
		for (const alternativeId of entry.alternativeIds) {
			if (!catalogue.alternatives.some((alternative) => alternative.id === alternativeId)) {
				errors.push(`${entry.id} : alternative « ${alternativeId} » introuvable.`);
			}
		}
	}
	return errors;
}

/**
 * Reads one scenario line for parseScenario: explicit fields first, then the catalogue's sourced defaults.
 */
import type { Catalogue } from '../catalogue/types';
import { createLineFromCatalogue, findDefaultAlternative } from './from-catalogue';
import { describe, FieldReader, isJsonObject, type JsonObject } from './parse-fields';
import type { ScenarioLine } from './types';

function readOptionalId(reader: FieldReader, value: unknown, path: string): string | null {
	if (value === undefined || value === null) return null;
	return reader.text(value, path, '') || null;
}

/** Residual share of a line: explicit number, explicit null (none), or the catalogue's (1 without alternative). */
function readResidual(
	reader: FieldReader,
	value: unknown,
	path: string,
	fallback: number | null
): number | null {
	if (value === undefined) return fallback;
	if (value === null) return null;
	return reader.number(value, path, 0, 1, 0);
}

/** A line: explicit fields first, then the catalogue entry and alternative (if a catalogue is given), else 0. */
export function readLine(
	reader: FieldReader,
	raw: unknown,
	path: string,
	catalogue: Catalogue | undefined
): ScenarioLine | null {
	if (!isJsonObject(raw)) {
		reader.fail(path, 'objet attendu.');
		return null;
	}
	for (const key of ['id', 'seats'] as const) {
		if (raw[key] === undefined) reader.fail(`${path}.${key}`, 'champ obligatoire.');
	}
	const id = reader.text(raw.id, `${path}.id`, '');
	const seats = reader.integer(raw.seats, `${path}.seats`, 0);
	const catalogueId = readOptionalId(reader, raw.catalogueId, `${path}.catalogueId`);
	let alternativeId = readOptionalId(reader, raw.alternativeId, `${path}.alternativeId`);
	const entry = catalogueId
		? catalogue?.entries.find((candidate) => candidate.id === catalogueId)
		: undefined;
	if (catalogue && catalogueId && !entry)
		reader.fail(`${path}.catalogueId`, `« ${catalogueId} » absent du catalogue.`);
	let alternative = alternativeId
		? catalogue?.alternatives.find((candidate) => candidate.id === alternativeId)
		: undefined;
	if (catalogue && alternativeId && !alternative) {
		reader.fail(`${path}.alternativeId`, `« ${alternativeId} » absent du catalogue.`);
	}
	if (entry && catalogue && raw.alternativeId === undefined) {
		alternative = findDefaultAlternative(entry, catalogue) ?? undefined;
		alternativeId = alternative?.id ?? null;
	}
	const base = entry ? createLineFromCatalogue(entry, alternative ?? null, seats, id) : null;
	const hasOwnPrice = raw.unitPriceCentsPerYear !== undefined;
	if (!base && !hasOwnPrice) {
		reader.fail(
			`${path}.unitPriceCentsPerYear`,
			'obligatoire quand aucune entrée du catalogue ne le fournit.'
		);
	}
	const cents = (key: keyof ScenarioLine & keyof JsonObject, fallback: number) =>
		reader.integer(raw[key], `${path}.${key}`, fallback);
	return {
		id,
		label: reader.text(raw.label, `${path}.label`, base?.label ?? id),
		catalogueId,
		alternativeId,
		seats,
		unitPriceCentsPerYear: cents('unitPriceCentsPerYear', base?.unitPriceCentsPerYear ?? 0),
		// An explicit price replaces the catalogue's schedule too: the user's figure wins as a whole.
		priceScheduleCentsPerSeat: readSchedule(
			reader,
			raw.priceScheduleCentsPerSeat,
			`${path}.priceScheduleCentsPerSeat`,
			hasOwnPrice ? null : (base?.priceScheduleCentsPerSeat ?? null)
		),
		oneOffCentsPerSeat: cents('oneOffCentsPerSeat', base?.oneOffCentsPerSeat ?? 0),
		recurringCentsPerSeatYear: cents('recurringCentsPerSeatYear', base?.recurringCentsPerSeatYear ?? 0),
		trainingDaysPerAgent: reader.number(
			raw.trainingDaysPerAgent,
			`${path}.trainingDaysPerAgent`,
			0,
			365,
			base?.trainingDaysPerAgent ?? 0
		),
		hardwareCentsPerSeatYear: cents('hardwareCentsPerSeatYear', base?.hardwareCentsPerSeatYear ?? 0),
		residualShare: readResidual(
			reader,
			raw.residualShare,
			`${path}.residualShare`,
			base?.residualShare ?? null
		)
	};
}

function readSchedule(
	reader: FieldReader,
	value: unknown,
	path: string,
	fallback: number[] | null
): number[] | null {
	if (value === undefined) return fallback;
	if (value === null) return null;
	if (!Array.isArray(value)) {
		reader.fail(path, `liste de montants en centimes attendue (reçu ${describe(value)}).`);
		return fallback;
	}
	return value.map((cents, i) => reader.integer(cents, `${path}[${i}]`, 0));
}

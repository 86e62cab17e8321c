/**
 * Files that match no profile: a column mapping guessed from header synonyms and value shapes, confirmed by
 * the user, saved under the header's signature and turned into an ad-hoc profile for the row processor.
 */
import { normaliseHeader, toMatchKey, trimHeader } from './header';
import { createLicenceLineMapper } from './formats/licence-line';
import { defineProfile, type FormatProfile } from './formats/profile';
import { readAgentKey } from './formats/records';
import { FIELD_SYNONYMS } from './formats/synonyms';
import type { CustomMapping, MappableField } from './mapping-types';
import { parseCents } from './normalise';
import { parseDate } from './normalise-dates';
import type { ImportRecord } from './types';

export type { CustomMapping, MappableField } from './mapping-types';

/** How a file read through the user's column mapping is named, in the preview and the history. */
export const CUSTOM_FORMAT_LABEL = 'Fichier personnalisé (colonnes associées)';

/** Fields tried in this order, so that specific headers are claimed before generic ones (`montant`). */
const FIELD_ORDER: readonly MappableField[] = [
	'reference',
	'supplier',
	'amountInclTax',
	'tax',
	'unitPrice',
	'amountExclTax',
	'seats',
	'termStart',
	'termEnd',
	'lastActivityDate',
	'date',
	'account',
	'vendor',
	'service',
	'agentId',
	'productName'
];

const MONEY_SHAPE = /€|^[-(]?\d{1,3}(?:[\s\u00a0\u202f.]\d{3})*,\d{2}\)?$/;

/** True for a user-confirmed column mapping (as opposed to a known format profile). */
export function isCustomMapping(format: FormatProfile | CustomMapping): format is CustomMapping {
	return 'kind' in format && format.kind === 'custom';
}

/**
 * Stable key of a header shape: the normalised names (see normaliseHeader) in file order, joined by `|`,
 * trailing empty columns dropped. Ordered on purpose: a saved mapping names columns of this exact layout.
 */
export function headerSignature(header: string[]): string {
	return trimHeader(header).map(normaliseHeader).join('|');
}

function shareOf(values: readonly string[], test: (v: string) => boolean): number {
	return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

/**
 * Guesses a mapping: first by header synonyms (FIELD_SYNONYMS, e.g. Libellé/Désignation/Produit →
 * productName, Montant HT → amountExclTax, Qté/Quantité/Nombre → seats), then by the shape of the sample
 * values of the columns left (e-mails → agentId, `1 234,56 €` → amountExclTax, dates → date, the most varied
 * text column → productName). Target 'usage' when an agent column is found and no amount.
 */
export function guessMapping(header: string[], sampleRows: string[][]): CustomMapping {
	const keys = header.map(toMatchKey);
	const used = new Set<number>();
	const found: Partial<Record<MappableField, number>> = {};
	for (const field of FIELD_ORDER) {
		for (const synonym of FIELD_SYNONYMS[field]) {
			const i = keys.findIndex((k, j) => k === synonym && !used.has(j));
			if (i >= 0) {
				found[field] = i;
				used.add(i);
				break;
			}
		}
	}
	const values = (i: number) => sampleRows.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
	const free = keys.map((k, i) => i).filter((i) => !used.has(i) && keys[i] !== '' && values(i).length > 0);
	const claim = (field: MappableField, test: (v: string) => boolean) => {
		if (found[field] !== undefined) return;
		const i = free.find((j) => !used.has(j) && shareOf(values(j), test) >= 0.8);
		if (i !== undefined) {
			found[field] = i;
			used.add(i);
		}
	};
	claim('agentId', (v) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v));
	claim('amountExclTax', (v) => MONEY_SHAPE.test(v) && parseCents(v, ',') !== undefined);
	claim('date', (v) => /\d/.test(v) && typeof parseDate(v, 'dmy') === 'string');
	if (found.productName === undefined) {
		const textual = free
			.filter(
				(j) =>
					!used.has(j) && shareOf(values(j), (v) => /\p{L}/u.test(v) && !/^[\d\s.,:/€%+-]+$/.test(v)) >= 0.8
			)
			.sort((a, b) => new Set(values(b)).size - new Set(values(a)).size || a - b);
		if (textual.length > 0) found.productName = textual[0];
	}
	const columns: Partial<Record<MappableField, string>> = {};
	for (const field of FIELD_ORDER) {
		const i = found[field];
		if (i !== undefined) columns[field] = header[i];
	}
	const hasAmount =
		found.amountExclTax !== undefined || found.amountInclTax !== undefined || found.unitPrice !== undefined;
	return { kind: 'custom', target: found.agentId !== undefined && !hasAmount ? 'usage' : 'licence', columns };
}

/** Each mapped header as the only synonym of its field; unmapped fields have none (column -1). */
function fieldsOf(mapping: CustomMapping): Record<MappableField, readonly string[]> {
	const synonyms = (field: MappableField): string[] => {
		const h = mapping.columns[field];
		return h === undefined ? [] : [toMatchKey(h)];
	};
	return {
		productName: synonyms('productName'),
		vendor: synonyms('vendor'),
		seats: synonyms('seats'),
		unitPrice: synonyms('unitPrice'),
		amountExclTax: synonyms('amountExclTax'),
		amountInclTax: synonyms('amountInclTax'),
		tax: synonyms('tax'),
		date: synonyms('date'),
		termStart: synonyms('termStart'),
		termEnd: synonyms('termEnd'),
		service: synonyms('service'),
		account: synonyms('account'),
		supplier: synonyms('supplier'),
		reference: synonyms('reference'),
		agentId: synonyms('agentId'),
		lastActivityDate: synonyms('lastActivityDate')
	};
}

/** Turns a confirmed mapping into a profile (id 'custom') the row processor runs like any other. */
export function profileFromMapping(mapping: CustomMapping): FormatProfile {
	return defineProfile({
		id: 'custom',
		label:
			mapping.target === 'usage'
				? 'Format personnalisé — utilisation'
				: 'Format personnalisé — licences et dépenses',
		category: mapping.target === 'usage' ? 'usage' : 'spend',
		fields: fieldsOf(mapping),
		tables: [[]],
		createMapper(env) {
			const { read, cols: c, state } = env;
			const missing =
				mapping.target === 'usage' && c.agentId < 0
					? '« Identifiant de l’agent »'
					: c.productName < 0
						? '« Logiciel ou libellé »'
						: null;
			if (missing !== null) {
				state.errorOnce(
					'mapping-incomplete',
					`Aucune colonne n’est associée au champ ${missing}, qui est obligatoire : complétez l’association des colonnes.`
				);
				return () => {
					read.failed = true;
				};
			}
			if (mapping.target === 'licence') return createLicenceLineMapper(env, { ...c, billing: -1 });
			return (cells: string[], line: number, out: ImportRecord[]) => {
				const productName = read.required(cells, c.productName, 'le nom du produit');
				const lastActivityDate = read.date(cells, c.lastActivityDate);
				const service = read.text(cells, c.service);
				const agentKey = readAgentKey(env, cells, c.agentId);
				if (read.failed || agentKey === null || productName === null) return;
				out.push({
					kind: 'usage',
					line,
					agentKey,
					productName,
					service,
					reportDate: null,
					periodDays: null,
					lastActivityDate,
					activityCount: null,
					active: lastActivityDate !== null,
					licensed: null
				});
			};
		}
	});
}

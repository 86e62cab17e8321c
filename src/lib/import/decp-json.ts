/**
 * DECP in its official format, JSON (csv-formats.md §6.1: "accept DECP as JSON natively"): the contracts are
 * flattened to the dotted paths of the DECP CSV profile (`acheteur.id`, `titulaires.0.titulaire.id`) and go
 * through the same profile, validation and commit as a CSV file. Accepted shapes: v2 `{"marches": {"marche":
 * […]}}`, v1 and simple exports `{"marches": […]}`, and a bare array of contracts. Concessions (v2
 * "contrat-concession", v1 `_type` "Contrat de concession") carry no software spend and are counted, not read.
 */
import { detectFormat } from './formats/index';
import { formatRecords } from './parse';
import type { Rejection } from './types';

/** JSON is parsed whole: beyond this size, the file is not one organisation's contracts. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

export interface DecpJsonRows {
	/** The contracts as a `;`-separated CSV text (header + one row per contract), UTF-8 without BOM. */
	csv: string;
	contracts: number;
	/** Concession contracts found and left aside. */
	concessions: number;
}

/** True when the decoded start of a file opens a JSON document (after blanks and a BOM). */
export function looksLikeJson(start: string): boolean {
	const text = start.replace(/^[\ufeff\s]+/, '');
	return text.startsWith('{') || text.startsWith('[');
}

const NOT_DECP: Rejection = {
	code: 'json-not-decp',
	message:
		'Ce fichier est au format JSON, mais ce ne sont pas des données essentielles de la commande publique (DECP), ' +
		'dont chaque marché a un id, un objet, un codeCPV et un montant : Cap Libre importe des fichiers CSV, et les ' +
		'DECP au format JSON. Exportez les données au format CSV.'
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function isConcession(c: { [key: string]: Json }): boolean {
	const type = typeof c._type === 'string' ? c._type.toLowerCase() : '';
	return type.includes('concession') || 'valeurGlobale' in c || 'autoriteConcedante' in c;
}

/** The contracts of a DECP document, whatever its shape; null when it has no list of contracts. */
function findContracts(doc: Json): { marches: Json[]; concessions: number } | null {
	let items: Json[] | null = null;
	let concessions = 0;
	if (Array.isArray(doc)) items = doc;
	else if (isObject(doc)) {
		const m = doc.marches;
		if (Array.isArray(m)) items = m;
		else if (isObject(m)) {
			if (Array.isArray(m.marche)) items = m.marche;
			const c = m['contrat-concession'];
			if (Array.isArray(c)) concessions += c.length;
			if (!items && concessions > 0) items = [];
		}
	}
	if (!items) return null;
	const marches: Json[] = [];
	for (const item of items) {
		if (!isObject(item)) continue;
		if (isConcession(item)) concessions++;
		else marches.push(item);
	}
	if (items.length > 0 && marches.length === 0 && concessions === 0) return null;
	return { marches, concessions };
}

/** Header of a DECP without any contract: enough for the profile to recognise it as an empty report. */
const EMPTY_HEADER = ['id', 'objet', 'codeCPV', 'montant', 'dateNotification'];

/**
 * One cell per leaf, named by its dotted path; a list of plain values becomes one cell (`Accord-cadre |
 * Enchère électronique`). Decimals are written with a comma, the CSV profile's default decimal sign, so
 * `150.125` cannot be taken for a thousands group.
 */
function flatten(value: Json, path: string, out: Map<string, string>): void {
	if (value === null) return;
	if (Array.isArray(value)) {
		if (value.every((v) => !isObject(v) && !Array.isArray(v))) {
			out.set(path, value.map((v) => cell(v as string | number | boolean | null)).join(' | '));
			return;
		}
		value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
		return;
	}
	if (isObject(value)) {
		for (const [key, v] of Object.entries(value)) flatten(v, path === '' ? key : `${path}.${key}`, out);
		return;
	}
	out.set(path, cell(value));
}

function cell(v: string | number | boolean | null): string {
	if (v === null) return '';
	// BigInt writes every digit of a large whole number, where String() would switch to 1e+21.
	if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v).replace('.', ',');
	return String(v);
}

/** Converts a DECP JSON text to CSV rows for the DECP profile, or says in French why it cannot. */
export function decpJsonToCsv(text: string): DecpJsonRows | Rejection {
	let doc: Json;
	try {
		doc = JSON.parse(text.replace(/^\ufeff/, '')) as Json;
	} catch {
		return {
			code: 'json-invalid',
			message:
				'Ce fichier JSON est illisible (incomplet ou abîmé) : téléchargez-le de nouveau depuis la plateforme de publication.'
		};
	}
	const found = findContracts(doc);
	if (!found) return NOT_DECP;
	const rows = found.marches.map((m) => {
		const cells = new Map<string, string>();
		flatten(m, '', cells);
		return cells;
	});
	const header: string[] = [];
	const seen = new Set<string>();
	for (const r of rows)
		for (const key of r.keys())
			if (!seen.has(key)) {
				seen.add(key);
				header.push(key);
			}
	if (rows.length === 0) header.push(...EMPTY_HEADER);
	else if (detectFormat(header)?.id !== 'decp') return NOT_DECP;
	const csv = formatRecords([header, ...rows.map((r) => header.map((h) => r.get(h) ?? ''))], ';');
	return { csv, contracts: rows.length, concessions: found.concessions };
}

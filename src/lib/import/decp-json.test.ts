import { describe, expect, test } from 'vitest';
import { decpJsonToCsv, looksLikeJson } from './decp-json';
import { parseRecords } from './parse';

const contract = { id: 'M1', objet: 'Logiciel', codeCPV: '48000000', montant: 1000 };

/** The converted file as header → values of the first contract. */
function firstRow(json: unknown): Record<string, string> {
	const out = decpJsonToCsv(JSON.stringify(json));
	if ('code' in out) throw new Error(out.message);
	const [header, row] = parseRecords(out.csv, ';');
	return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

describe('decpJsonToCsv', () => {
	test.each([
		['v2: marches.marche[]', { marches: { marche: [contract] } }, 1, 0],
		['v1 and simple exports: marches[]', { marches: [contract] }, 1, 0],
		['a bare array of contracts', [contract, { ...contract, id: 'M2' }], 2, 0],
		[
			'v2 concessions are counted, not read',
			{ marches: { marche: [contract], 'contrat-concession': [{ id: 'C1', valeurGlobale: 5 }] } },
			1,
			1
		],
		[
			'v1 concessions (by _type)',
			{ marches: [contract, { _type: 'Contrat de concession', id: 'C2' }] },
			1,
			1
		],
		['an empty list is an empty report', { marches: [] }, 0, 0]
	])('%s', (_label, json, contracts, concessions) => {
		const out = decpJsonToCsv(JSON.stringify(json));
		expect(out).toMatchObject({ contracts, concessions });
	});

	test('nested objects become dotted paths, lists of values one cell, decimals a comma', () => {
		expect(
			firstRow({
				marches: [
					{
						...contract,
						montant: 43200.5,
						acheteur: { id: '21990999900017' },
						techniques: ['Accord-cadre', 'Enchère électronique'],
						titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: '99999999900052' } }],
						objet: 'Maintenance; hébergement, "cloud"',
						marcheInnovant: false,
						idAccordCadre: null
					}
				]
			})
		).toEqual({
			id: 'M1',
			objet: 'Maintenance; hébergement, "cloud"',
			codeCPV: '48000000',
			montant: '43200,5',
			'acheteur.id': '21990999900017',
			techniques: 'Accord-cadre | Enchère électronique',
			'titulaires.0.titulaire.typeIdentifiant': 'SIRET',
			'titulaires.0.titulaire.id': '99999999900052',
			marcheInnovant: 'false'
		});
	});

	test.each([
		['truncated JSON', '{"marches": [{"id": "M1"', 'json-invalid'],
		['JSON that is not DECP', '{"users": [{"email": "x"}]}', 'json-not-decp'],
		['contracts without an id', '{"marches": [{"objet": "x"}]}', 'json-not-decp'],
		[
			'contracts with an id but no subject nor CPV',
			'{"marches": [{"id": "M1", "montant": 1000}]}',
			'json-not-decp'
		],
		['a list of numbers', '[1, 2, 3]', 'json-not-decp'],
		['a list of people', '[{"id": 1, "name": "Alice"}]', 'json-not-decp'],
		['a JSON string', '"marches"', 'json-not-decp']
	])('rejects %s in French', (_label, text, code) => {
		const out = decpJsonToCsv(text);
		expect(out).toMatchObject({ code });
		expect('message' in out && out.message).toMatch(/JSON/);
	});

	test.each([
		['{"a":1}', true],
		['\ufeff  [1]', true],
		['\r\n{', true],
		['id;montant', false],
		['', false]
	])('looksLikeJson(%j) → %s', (text, expected) => {
		expect(looksLikeJson(text)).toBe(expected);
	});
});

import { describe, expect, test } from 'vitest';
import { analyseText } from './analyse';
import { guessMapping, headerSignature } from './mapping';

const ctx = { pseudonymise: (id: string) => `k${id.length}` };

describe('guessMapping: header synonyms', () => {
	test.each([
		['Libellé', 'productName'],
		['Désignation', 'productName'],
		['Produit', 'productName'],
		['Montant HT', 'amountExclTax'],
		['Total TTC', 'amountInclTax'],
		['Qté', 'seats'],
		['Quantité', 'seats'],
		['Nombre de licences', 'seats'],
		['P.U. HT', 'unitPrice'],
		['N° de facture', 'reference'],
		['Fournisseur', 'supplier'],
		['Éditeur', 'vendor'],
		['Date d’échéance', 'termEnd'],
		['Imputation', 'account'],
		['Direction', 'service'],
		['Courriel', 'agentId'],
		['Dernière connexion', 'lastActivityDate']
	])('« %s » → %s', (header, field) => {
		const m = guessMapping(['Colonne inutile', header], [['x', '']]);
		expect(Object.entries(m.columns).find(([, h]) => h === header)?.[0]).toBe(field);
	});
});

describe('guessMapping: value shapes and target', () => {
	test('e-mails, amounts and dates are recognised by their values', () => {
		const m = guessMapping(
			['Qui', 'Quoi', 'Combien', 'Quand'],
			[
				['a.b@commune-exemple.fr', 'Parapheur', '1 200,00 €', '03/02/2025'],
				['c.d@commune-exemple.fr', 'Signature', '80,00 €', '04/02/2025']
			]
		);
		expect(m.columns).toEqual({
			agentId: 'Qui',
			amountExclTax: 'Combien',
			date: 'Quand',
			productName: 'Quoi'
		});
		expect(m.target).toBe('licence');
	});

	test('an agent column without any amount gives a usage mapping', () => {
		const m = guessMapping(['Agent', 'Outil'], [['a@b.fr', 'X']]);
		expect(m).toEqual({
			kind: 'custom',
			target: 'usage',
			columns: { agentId: 'Agent', productName: 'Outil' }
		});
	});
});

describe('headerSignature', () => {
	test.each([
		[['Produit', 'Montant'], ['  PRODUIT\u00a0', 'montant', ''], true],
		[['Produit', 'Montant'], ['Produit', 'Montant', '', ''], true],
		[['Produit', 'Montant'], ['Montant', 'Produit'], false],
		[['Produit', 'Montant'], ['Produit', 'Montant', 'Service'], false]
	])('%j vs %j → same: %s', (a, b, same) => {
		expect(headerSignature(a) === headerSignature(b)).toBe(same);
	});
});

describe('a confirmed mapping is applied to the next file of the same shape', () => {
	const text = 'Truc;Machin;Bidule\nAbonnement X;12,50 €;2024-03-01\nAbonnement Y;7,50 €;2024-04-01\n';
	test('records follow the mapping, not the guess', () => {
		const r = analyseText(text, ctx, {
			mapping: {
				kind: 'custom',
				target: 'licence',
				columns: { productName: 'Truc', amountInclTax: 'Machin', date: 'Bidule' }
			}
		});
		expect(r.format).toBeNull();
		expect(
			r.records.map((x) => (x.kind === 'licence' ? [x.productName, x.amountInclTaxCents, x.date] : null))
		).toEqual([
			['Abonnement X', 1250, '2024-03-01'],
			['Abonnement Y', 750, '2024-04-01']
		]);
	});

	test('a mapping without the product column gives one file-level error and no record', () => {
		const r = analyseText(text, ctx, {
			mapping: { kind: 'custom', target: 'licence', columns: { amountInclTax: 'Machin' } }
		});
		expect(r.records).toEqual([]);
		expect(r.summary?.errors).toHaveLength(1);
		expect(r.summary?.errors[0]).toMatchObject({ line: null, code: 'mapping-incomplete' });
	});
});

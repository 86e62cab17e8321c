import { describe, expect, test } from 'vitest';
import { sniffLayout, type Layout } from './sniff';

function layout(text: string): Layout {
	const r = sniffLayout(text);
	if ('code' in r) throw new Error(r.message);
	return r;
}

describe('sniffLayout: delimiter', () => {
	test.each([
		[
			'semicolons with decimal commas',
			'Compte;Montant HT;Montant TTC\n6156;5 472,00;6 566,40\n611;1 188,00;1 425,60\n',
			';'
		],
		['commas with quoted commas', 'Name,Department,Total\nA,"Culture, Sport",3\nB,"Finances, RH",4\n', ','],
		['tabs (Excel Unicode text)', 'Logiciel\tNombre\tMontant\nA\t2\t1,5\nB\t3\t2,5\n', '\t'],
		['pipes', 'a|b|c\n1|2|3\n4|5|6\n', '|'],
		['a header-only report', 'Report Refresh Date,User Principal Name,Send Count,Receive Count\n', ','],
		['semicolons inside quoted cells of a comma file', 'Produit,Note\n"A; B",1\n"C; D",2\n"E; F",3\n', ','],
		[
			'GLPI trailing semicolons',
			'"Nom";"Éditeur";"Nombre d\'installations";\n"A";"B";"1";\n"C";"D";"2";\n',
			';'
		]
	])('%s → %j', (_label, text, delimiter) => {
		expect(layout(text).delimiter).toBe(delimiter);
	});
});

describe('sniffLayout: header row', () => {
	test('skips an ERP title block of five lines and reports them', () => {
		const text = [
			'Commune d’Exemple',
			'Budget principal - M57',
			'Liste des mandats émis du 01/01/2024 au 31/12/2024',
			'Édité le 15/01/2025 à 10:42',
			'',
			'Exercice;N° mandat;Date émission;Imputation;Tiers;Objet;Montant TTC',
			'2024;101;22/01/2024;6156;A;B;1 200,00'
		].join('\r\n');
		const l = layout(text);
		expect(l.headerIndex).toBe(5);
		expect(l.header[1]).toBe('N° mandat');
		expect(l.skipped).toEqual([
			{ line: 1, reason: 'title' },
			{ line: 2, reason: 'title' },
			{ line: 3, reason: 'title' },
			{ line: 4, reason: 'title' },
			{ line: 5, reason: 'blank' }
		]);
	});

	test('skips the PowerShell #TYPE line', () => {
		const l = layout(
			'#TYPE Selected.Microsoft.Graph\r\n"SkuPartNumber","ConsumedUnits"\r\n"FLOW_FREE","3"\r\n'
		);
		expect(l.headerIndex).toBe(1);
		expect(l.header).toEqual(['SkuPartNumber', 'ConsumedUnits']);
		expect(l.skipped).toEqual([{ line: 1, reason: 'title' }]);
	});

	test('finds an unknown header under title lines by its words', () => {
		const l = layout('Extraction du 02/04/2024\n\nAgent;Outil;Remarque\na@b.fr;X;\nc@d.fr;Y;\n');
		expect(l.headerIndex).toBe(2);
		expect(l.header).toEqual(['Agent', 'Outil', 'Remarque']);
	});

	test('ignores a BOM at the start of the text', () => {
		expect(layout('\ufeffNom;Montant\nA;1\n').header[0]).toBe('Nom');
	});

	test('prefers a known header even when an earlier row is also wide', () => {
		const l = layout('Commune;Exemple;;;\nFournisseur;N° facture;Libellé;Montant HT;TVA\nA;1;B;10,00;2,00\n');
		expect(l.headerIndex).toBe(1);
	});
});

describe('sniffLayout: rejections', () => {
	test.each([
		['blank text', '  \r\n\r\n', 'blank'],
		['separators only', ';;;;\r\n;;;;\r\n', 'blank'],
		['one column of words', 'bonjour\nau revoir\n', 'no-delimiter']
	])('%s → %s', (_label, text, code) => {
		const r = sniffLayout(text);
		expect('code' in r && r.code).toBe(code);
		expect('message' in r && r.message.length).toBeGreaterThan(20);
	});
});

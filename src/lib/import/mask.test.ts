import { describe, expect, test } from 'vitest';
import { MASK, maskPersonalData } from './mask';

describe('maskPersonalData', () => {
	test.each([
		['User Principal Name', 'jeanne.martin@ville.fr', MASK],
		['Display Name', 'Jeanne Martin', MASK],
		['First Name [Required]', 'Jeanne', MASK],
		['Email Address [Required]', 'x@y.fr', MASK],
		['Prénom', 'Jeanne', MASK],
		['Name (Original Name)', 'Diego Gomez (TA)', MASK],
		['Nom', 'LibreOffice', 'LibreOffice'],
		['Montant HT', '1 250,00 €', '1 250,00 €'],
		['Commentaire', 'écrire à agent@ville.fr', MASK]
	])('column %j, cell %j → %j', (header, cell, expected) => {
		expect(maskPersonalData([header], [[cell]])[0][0]).toBe(expected);
	});

	test('an empty personal cell stays empty', () => {
		expect(maskPersonalData(['Display Name'], [['']])).toEqual([['']]);
	});
});

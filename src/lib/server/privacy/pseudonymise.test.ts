import { describe, expect, test } from 'vitest';
import { createPseudonymiser } from './pseudonymise';

describe('createPseudonymiser', () => {
	const keyA = Buffer.alloc(32, 1);
	const keyB = Buffer.alloc(32, 2);

	test('the same identifier gives the same pseudonym, whatever its case or spaces', () => {
		const p = createPseudonymiser(keyA);
		expect(p(' Jeanne.Martin@Commune-Exemple.fr ')).toBe(p('jeanne.martin@commune-exemple.fr'));
	});

	test('the pseudonym depends on the instance key and hides the identifier', () => {
		const a = createPseudonymiser(keyA)('jeanne.martin@commune-exemple.fr');
		const b = createPseudonymiser(keyB)('jeanne.martin@commune-exemple.fr');
		expect(a).not.toBe(b);
		expect(a).toMatch(/^[0-9a-f]{32}$/);
		expect(a).not.toContain('jeanne');
	});
});

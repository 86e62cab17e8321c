import { describe, expect, test } from 'vitest';
import { createPseudonymiser, PSEUDONYM_LENGTH, pseudonymAt } from './pseudonymise';
import { ID_SEPARATOR } from '../../import/usage-batch';

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

describe('createHmacPool', () => {
	test('gives the same pseudonyms as the main-thread pseudonymiser, in order', async () => {
		const { createHmacPool } = await import('./hmac-pool');
		const key = Buffer.alloc(32, 9);
		const ids = ['Jeanne.Martin@Ville.fr', ' b@ville.fr ', 'C3A1F0E2D4B5C6A7980112233445566F', 'é@ville.fr'];
		const pool = createHmacPool(key);
		try {
			const digests = await pool.digestsOf(ids.join(ID_SEPARATOR));
			expect(digests.length).toBe(ids.length * PSEUDONYM_LENGTH);
			const bytes = Buffer.from(digests.buffer, digests.byteOffset, digests.byteLength);
			expect(ids.map((_, i) => pseudonymAt(bytes, i))).toEqual(ids.map(createPseudonymiser(key)));
			expect((await pool.digestsOf('')).length).toBe(0);
		} finally {
			await pool.close();
		}
	});
});

import { createHmac } from 'node:crypto';

/**
 * Keyed pseudonymisation of staff identifiers (HMAC-SHA256 with the instance key, which lives in the data
 * directory and never in the database). The same agent gets the same key across files of one instance, so
 * usage can be joined with licences, but the key cannot be reversed or recomputed without the secret.
 * Identifiers are trimmed and lower-cased first: Microsoft and Google write the same UPN in varying case.
 * Output: 32 hex characters (128 bits), plenty against collisions for any commune's staff.
 */
export function createPseudonymiser(secretKey: Buffer): (identifier: string) => string {
	return (identifier) =>
		createHmac('sha256', secretKey).update(identifier.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/** Characters of a pseudonym. */
export const PSEUDONYM_LENGTH = 32;

/** The i-th pseudonym of a buffer of them (hmac-pool.ts digestsOf), as createPseudonymiser writes it. */
export function pseudonymAt(digests: Buffer, i: number): string {
	return digests.toString('latin1', i * PSEUDONYM_LENGTH, (i + 1) * PSEUDONYM_LENGTH);
}

/**
 * Header-name normalisation: columns are mapped by name, never by position (Microsoft adds columns,
 * GLPI columns depend on the user's view, Google localises some headers, a trailing `;` adds an empty one).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u202f\u2007\ufeff]+/g;
const BRACKETED = /\s*\[[^\]]*\]/g;

/**
 * Normalises a header cell: strips the BOM, trims spaces / NBSP / NNBSP, case-folds, removes accents
 * (NFD then combining marks dropped; œ → oe, æ → ae), turns typographic apostrophes into `'`, collapses
 * whitespace. `"  Éditeur\u00a0"` → `"editeur"`.
 */
export function normaliseHeader(h: string): string {
	return h
		.replace(SPACES, ' ')
		.trim()
		.toLowerCase()
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[’‘`´]/g, "'");
}

/**
 * Key used to match a header against a profile's synonyms: the normalised header without Google's
 * bracketed annotations (`Email Address [Required]` → `email address`).
 */
export function toMatchKey(h: string): string {
	const n = normaliseHeader(h);
	const plain = n.indexOf('[') < 0 ? n : n.replace(BRACKETED, '').trim();
	return /[€%.]|\beur/.test(plain) ? undecorate(plain) : plain;
}

const CURRENCY_UNIT = /\s*(?:\(\s*(?:en\s+)?(?:€|eur|euros?)\s*\)|\ben\s+(?:€|euros?)(?=\s|$)|€)/g;
const UNIT_AND_TAX = /\s*\(\s*€\s*(ht|ttc)\s*\)/g;
const RATE = /\s*\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?/g;
const DOTTED_INITIALS = /^(?:[a-z]\.){2,}[a-z]?$|^(?:[a-z]\.)+[a-z]\.?$/;

/**
 * What hand-made sheets add to a column's name: the unit ("Montant HT (€)", "TTC en €"), a rate ("TVA 20 %")
 * and dotted initials ("T.V.A.", "Total T.T.C.", "P.U. HT").
 */
function undecorate(key: string): string {
	return key
		.replace(UNIT_AND_TAX, ' $1')
		.replace(CURRENCY_UNIT, ' ')
		.replace(RATE, ' ')
		.split(' ')
		.map((word) => (DOTTED_INITIALS.test(word) ? word.replace(/\./g, '') : word))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Normalised header row without the empty trailing columns a trailing delimiter creates. */
export function trimHeader(header: readonly string[]): string[] {
	let end = header.length;
	while (end > 0 && normaliseHeader(header[end - 1]) === '') end--;
	return header.slice(0, end);
}

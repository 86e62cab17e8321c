/**
 * Recognises imported product names (invoice labels, report names, SKU part numbers, GLPI software names)
 * against the catalogue. Names are normalised, then looked up in a precomputed Map: first the whole name,
 * then every run of consecutive words, longest first, so "Microsoft 365 Business Standard - 40 utilisateurs"
 * still finds "Microsoft 365 Business Standard".
 */
import type { Alternative, Catalogue, CatalogueEntry } from './types';

/**
 * Lower-case, accents removed (NFKD then combining marks dropped), every run of non-alphanumeric characters
 * (punctuation, `_` of SKU part numbers, `+`, NBSP…) turned into one space, trimmed.
 * "O365_BUSINESS_PREMIUM" → "o365 business premium"; "Téléservices" → "teleservices".
 */
export function normaliseProductName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export type ProductMatch =
	{ kind: 'proprietary'; entry: CatalogueEntry } | { kind: 'open-source'; alternative: Alternative };

export interface ProductMatcher {
	/** The best catalogue match for a name, or null. */
	match(name: string): ProductMatch | null;
}

/** Longest synonym, in words: bounds the sub-phrase search. */
function countWords(key: string): number {
	return key === '' ? 0 : key.split(' ').length;
}

/**
 * Builds the lookup once per catalogue. Synonyms and names of both proprietary entries and alternatives are
 * indexed; when two items share a normalised synonym, the first listed wins (entries before alternatives).
 * Cost of a lookup: one Map probe, then at most w × k probes for a name of w words and synonyms of at most
 * k words (k ≤ 6 in the default catalogue).
 */
export function createProductMatcher(catalogue: Catalogue): ProductMatcher {
	const index = new Map<string, ProductMatch>();
	let maxWords = 0;
	const add = (synonym: string, match: ProductMatch) => {
		const key = normaliseProductName(synonym);
		if (key === '' || index.has(key)) return;
		index.set(key, match);
		maxWords = Math.max(maxWords, countWords(key));
	};
	for (const entry of catalogue.entries) {
		const match: ProductMatch = { kind: 'proprietary', entry };
		for (const synonym of [entry.name, ...entry.synonyms]) add(synonym, match);
	}
	for (const alternative of catalogue.alternatives) {
		const match: ProductMatch = { kind: 'open-source', alternative };
		for (const synonym of [alternative.name, ...alternative.synonyms]) add(synonym, match);
	}

	return {
		match(name: string): ProductMatch | null {
			const key = normaliseProductName(name);
			if (key === '') return null;
			const exact = index.get(key);
			if (exact) return exact;
			const words = key.split(' ');
			for (let length = Math.min(maxWords, words.length - 1); length >= 1; length--) {
				for (let start = 0; start + length <= words.length; start++) {
					const found = index.get(words.slice(start, start + length).join(' '));
					if (found) return found;
				}
			}
			return null;
		}
	};
}

const matcherCache = new WeakMap<Catalogue, ProductMatcher>();

/** Reuses the matcher of a catalogue object; an edited catalogue must be a new object (it is, from JSON). */
function getMatcher(catalogue: Catalogue): ProductMatcher {
	let matcher = matcherCache.get(catalogue);
	if (!matcher) {
		matcher = createProductMatcher(catalogue);
		matcherCache.set(catalogue, matcher);
	}
	return matcher;
}

/**
 * The proprietary family an imported name belongs to, or null (unknown, or an open-source product).
 * Split `+`-joined product lists ("A+B") before calling: a list returns its longest, leftmost match only.
 */
export function matchProduct(name: string, catalogue: Catalogue): CatalogueEntry | null {
	const match = getMatcher(catalogue).match(name);
	return match?.kind === 'proprietary' ? match.entry : null;
}

/** The open-source alternative an imported name is (e.g. "LibreOffice" in a GLPI export), or null. */
export function matchAlternative(name: string, catalogue: Catalogue): Alternative | null {
	const match = getMatcher(catalogue).match(name);
	return match?.kind === 'open-source' ? match.alternative : null;
}

/** Either kind of match: what a name is, proprietary or open source. */
export function matchAnyProduct(name: string, catalogue: Catalogue): ProductMatch | null {
	return getMatcher(catalogue).match(name);
}

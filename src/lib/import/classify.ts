/**
 * Lines that are not data: blank lines, lines made only of delimiters (`;;;;`, which Excel writes for
 * formatted empty rows), total lines (`TOTAL GÉNÉRAL`, `Sous-total`) and footers (`Nombre de mandats : 10`).
 */
import type { SkipReason } from './types';

export type LineClass = 'data' | Extract<SkipReason, 'blank' | 'separators' | 'total' | 'footer'>;

// After the word "total", what finance software writes: a qualifier, what is totalled ("compte 6156",
// "exercice 2025", "mandats") or a bare number (account, year). Not any word: "Total Commander" is a product.
const TOTAL =
	/^(?:sous[- ]?total|s\/total|total|totaux|montant total)(?:\s+(?:general|generale|ht|ttc|tva|annuel|(?:des?|du|pour|par|compte|comptes|chapitre|article|exercice|annee|mandats?|titres?|factures?|bordereaux?|fonction|imputation|section|budget|service|tiers|fournisseur|periode|mois|lignes?|selection|depenses|recettes)\b.*|\d.*))?\s*:?$/;
const FOOTER =
	/^(?:nombre|nb|edite|imprime|page|genere|exporte?|fin de|source|date d'edition|total)\b|:\s*[\d\s\u00a0\u202f]+$|^\d[\d\s\u00a0\u202f]*(?:mandat|ligne|enregistrement|titre|facture|element|resultat)s?(?:\(s\))?(?:\s.*)?$/;

function fold(s: string): string {
	return s
		.trim()
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

function isBlankCell(c: string): boolean {
	if (c.length === 0) return true;
	const first = c.charCodeAt(0);
	if (first > 32 && first !== 160 && first !== 0x202f) return false;
	return c.trim() === '';
}

/** Could this cell open a total line? Cheap first-letter test before the regex. */
function looksLikeTotal(c: string): boolean {
	const first = c.charCodeAt(0) | 0x20;
	return (first === 0x74 || first === 0x73 || first === 0x6d) && TOTAL.test(fold(c));
}

/**
 * Classifies a physical record against a header of `headerLength` columns. Data rows return after one pass
 * over their cells; the total and footer patterns are only tried on sparse rows (at most half the columns,
 * or 4, filled), so "Total Commander" in a full GLPI row stays data.
 */
export function classifyLine(cells: readonly string[], headerLength: number): LineClass {
	const sparse = Math.max(4, headerLength >> 1);
	let nonEmpty = 0;
	let only = -1;
	for (let i = 0; i < cells.length; i++) {
		if (!isBlankCell(cells[i])) {
			if (++nonEmpty > sparse) return 'data';
			only = i;
		}
	}
	if (nonEmpty === 0) return cells.length <= 1 ? 'blank' : 'separators';
	for (const c of cells) if (!isBlankCell(c) && looksLikeTotal(c)) return 'total';
	if (nonEmpty === 1 && headerLength >= 3 && FOOTER.test(fold(cells[only]))) return 'footer';
	return 'data';
}

/**
 * Lines that are not data: blank lines, lines made only of delimiters (`;;;;`, which Excel writes for
 * formatted empty rows), total lines (`TOTAL GÉNÉRAL`, `Sous-total`) and footers (`Nombre de mandats : 10`).
 */
import type { SkipReason } from './types';

export type LineClass = 'data' | Extract<SkipReason, 'blank' | 'separators' | 'total' | 'footer'>;

/** Words that open a total line: "Total", "Sous-total", "S/total", "Totaux", "Montant total", "Cumul". */
const TOTAL_KEYWORD =
	/^(?:sous[- ]?total|sous[- ]?totaux|s\/total|totaux|total|montant total|cumul)(?=$|[^a-z])/;
/** What may follow the keyword in a total's label, word by word: "général TTC", "HT/TTC", "à reporter", "c/6156". */
const TOTAL_QUALIFIERS = new Set([
	'general',
	'generale',
	'generaux',
	'generales',
	'ht',
	'ttc',
	'tva',
	'annuel',
	'annuelle',
	'a',
	'reporter',
	'report',
	'payer',
	'net',
	'brut',
	'art',
	'c'
]);
/**
 * Words after which the label names what is totalled ("des mandats", "compte 6156"): anything may follow. Not
 * words that also start company names ("Total Service SARL").
 */
const TOTAL_SUBJECTS = new Set([
	'de',
	'des',
	'du',
	'pour',
	'par',
	'compte',
	'comptes',
	'chapitre',
	'article',
	'exercice',
	'annee',
	'mandat',
	'mandats',
	'titre',
	'titres',
	'facture',
	'factures',
	'bordereau',
	'bordereaux',
	'fonction',
	'imputation',
	'section',
	'budget',
	'fournisseur',
	'periode',
	'mois',
	'ligne',
	'lignes',
	'selection',
	'depenses',
	'recettes'
]);
const FOOTER =
	/^(?:(?:nombre|nb)\s+(?:de|d')|(?:edite|imprime|genere|exporte|extrait)\s+(?:le|par)\b|edition\s+du\b|page\s*\d|fin de\b|source\s*:|date d'edition\b)|:\s*[\d\s\u00a0\u202f]+$|^\d[\d\s\u00a0\u202f]*(?:mandat|ligne|enregistrement|titre|facture|element|resultat)s?(?:\(s\))?(?:\s.*)?$/;
/** A number or an amount as finance software writes it: "2 000,00", "-480,00 €", "(300,00)". */
const AMOUNT = /^[-−+(]?\s*€?\s*\d[\d\s\u00a0\u202f.,']*\s*(?:€|eur)?\)?$/i;

/**
 * A total's label: a total keyword followed only by qualifiers and numbers ("TOTAL GÉNÉRAL TTC", "Total
 * c/6156", "Totaux généraux") or by what is totalled ("Total des mandats", "Sous-total chapitre 011").
 * Not "Total Commander", a product: "Total" followed by another word is a total only when its row fails.
 */
function isTotalLabel(folded: string): boolean {
	const keyword = TOTAL_KEYWORD.exec(folded);
	if (!keyword) return false;
	// "Total" and "Cumul" also start names ("Total Commander"); "Sous-total Revendeur SA" is always a sub-total.
	if (keyword[0] !== 'total' && keyword[0] !== 'cumul') return true;
	for (const word of folded.slice(keyword[0].length).split(/[^a-z0-9]+/)) {
		if (word === '' || TOTAL_QUALIFIERS.has(word) || /^\d+$/.test(word)) continue;
		return TOTAL_SUBJECTS.has(word);
	}
	return true;
}

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

/** Could this cell open a total line? Cheap first-letter test before the label test. */
function looksLikeTotal(c: string): boolean {
	const first = c.charCodeAt(0) | 0x20;
	return (first === 0x74 || first === 0x73 || first === 0x6d || first === 0x63) && isTotalLabel(fold(c));
}

/**
 * Indices of the filled cells of a sparse row (at most half the columns, or 4, filled: the only rows that may
 * be totals or footers); null for a data row, told in one pass without allocating (the million-row path).
 */
function filledCells(cells: readonly string[], headerLength: number): number[] | null {
	const sparse = Math.max(4, headerLength >> 1);
	let count = 0;
	for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i]) && ++count > sparse) return null;
	const filled: number[] = [];
	for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) filled.push(i);
	return filled;
}

/**
 * Classifies a physical record against a header of `headerLength` columns. Data rows return after one pass
 * over their cells; the total and footer patterns are only tried on sparse rows (at most half the columns,
 * or 4, filled), so "TOTAL" as a supplier in a full row stays data. With `lookForTotals` false (files written
 * by a program), only blank and separator-only lines are told apart.
 */
export function classifyLine(
	cells: readonly string[],
	headerLength: number,
	lookForTotals = true
): LineClass {
	const filled = filledCells(cells, headerLength);
	if (filled === null) return 'data';
	if (filled.length === 0) return cells.length <= 1 ? 'blank' : 'separators';
	if (!lookForTotals) return 'data';
	for (const i of filled) if (looksLikeTotal(cells[i])) return 'total';
	if (filled.length === 1 && headerLength >= 3 && FOOTER.test(fold(cells[filled[0]]))) return 'footer';
	return 'data';
}

/**
 * For a row that failed as data, at most half filled: a total under any label with a sum ("Total Maintenance" |
 * "2 000,00"), a sum row without a label (only amounts), or a footer spread over cells ("Nombre de mandats :" |
 * "2"). Null: a real error.
 */
export function lenientLineClass(
	cells: readonly string[],
	headerLength: number
): Extract<LineClass, 'total' | 'footer'> | null {
	const filled = filledCells(cells, headerLength);
	// Half the columns at most: in a narrow file, a row of numbers that fails is an error, not a sum.
	if (filled === null || filled.length === 0 || filled.length > headerLength >> 1) return null;
	const texts = filled.map((i) => fold(cells[i]));
	const amounts = texts.filter((t) => AMOUNT.test(t)).length;
	// A total carries a sum: "Total Commander;;;cinq" is a data row with a typo, and stays an error.
	if (amounts > 0 && (amounts === texts.length || texts.some((t) => TOTAL_KEYWORD.test(t)))) return 'total';
	if (texts.some((t) => FOOTER.test(t))) return 'footer';
	return null;
}

/**
 * Masks personal data in the preview shown before an import: the file's rows travel back to the browser, and
 * a preview has no need of anyone's name or address. Columns are recognised by their header, and any cell that
 * looks like an e-mail address is masked wherever it stands.
 */
const PERSONAL_HEADER =
	/(first|last|display|user|owner|given|family|original) ?name|prenom|nom de famille|nom d'usage|e-?mail|courriel|principal|username|identifiant|phone|telephone|mobile|address|adresse|recovery|manager|^name \(/;
const EMAIL = /@/;

export const MASK = '•••';

function normalise(h: string): string {
	return h
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();
}

/** Returns the rows with personal columns and e-mail-like cells replaced by a mask. */
export function maskPersonalData(header: string[], rows: string[][]): string[][] {
	const personal = header.map((h) => PERSONAL_HEADER.test(normalise(h)));
	return rows.map((row) =>
		row.map((cell, i) => (personal[i] || EMAIL.test(cell) ? (cell ? MASK : '') : cell))
	);
}

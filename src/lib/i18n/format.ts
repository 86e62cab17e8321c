import { formatCount } from '../domain/money';

/** Fills `{name}` placeholders of a catalogue message: format('{n} fichiers', { n: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
	dateStyle: 'short',
	timeStyle: 'short',
	timeZone: 'Europe/Paris'
});

/** A stored ISO instant as a town hall reads it: "29/11/2026 09:11", Paris time. */
export function formatDateTime(iso: string): string {
	return DATE_TIME.format(new Date(iso));
}

/**
 * A count with its noun in the right number, French style (0 and 1 take the singular): countWith(1, ['ligne',
 * 'lignes']) → "1 ligne", countWith(1204, …) → "1 204 lignes".
 */
export function countWith(n: number, [one, many]: readonly [string, string]): string {
	return `${formatCount(n)} ${Math.abs(n) < 2 ? one : many}`;
}

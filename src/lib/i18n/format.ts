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

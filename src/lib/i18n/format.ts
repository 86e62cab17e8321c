/** Fills `{name}` placeholders of a catalogue message: format('{n} fichiers', { n: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}

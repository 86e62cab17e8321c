import { describe, expect, test } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { format, pickLang } from './index';

describe('pickLang', () => {
	test.each([
		[null, undefined, 'fr'],
		[null, 'en', 'en'],
		['en', 'fr', 'en'],
		['fr', 'en', 'fr'],
		['de', undefined, 'fr']
	] as const)('?lang=%s with the account’s choice %s gives %s', (explicit, chosen, expected) => {
		expect(pickLang(explicit, chosen)).toBe(expected);
	});
});

describe('catalogues', () => {
	test('English has exactly the French keys', () => {
		const keys = (o: object, prefix = ''): string[] =>
			Object.entries(o).flatMap(([k, v]) =>
				v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
			);
		expect(keys(en).sort()).toEqual(keys(fr).sort());
	});

	test('format fills placeholders and leaves unknown ones', () => {
		expect(format('{n} fichiers, {x}', { n: 3 })).toBe('3 fichiers, {x}');
	});
});

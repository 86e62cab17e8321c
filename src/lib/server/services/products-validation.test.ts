import { describe, expect, test } from 'vitest';
import { createDefaultCatalogue } from '../../domain/catalogue';
import { validateProductAttributes, type ProductAttributesInput } from './products-validation';

const catalogue = createDefaultCatalogue();

describe('validateProductAttributes', () => {
	test('normalises a valid form: trimmed, country upper-cased, booleans and numbers parsed, blanks unknown', () => {
		const result = validateProductAttributes(
			{
				vendor: '  The Document Foundation ',
				vendorCountry: 'de',
				category: 'office-suite',
				licenceModel: 'open-source',
				spdxId: 'MPL-2.0',
				hosting: 'on-premises',
				openFormats: 'true',
				catalogueId: 'libreoffice',
				sillId: '',
				comptoirId: '75',
				documentedOpenExport: 'oui',
				providerCount: '12',
				keyCustody: 'customer',
				supplyChain: ''
			},
			catalogue
		);
		expect(result).toEqual({
			ok: true,
			value: {
				columns: {
					vendor: 'The Document Foundation',
					vendorCountry: 'DE',
					category: 'office-suite',
					licenceModel: 'open-source',
					spdxId: 'MPL-2.0',
					hosting: 'on-premises',
					openFormats: true,
					catalogueId: 'libreoffice'
				},
				extras: {
					sillId: null,
					comptoirId: '75',
					documentedOpenExport: true,
					providerCount: 12,
					keyCustody: 'customer',
					supplyChain: null
				}
			}
		});
	});

	test('an empty form is valid: everything unknown, category "other"', () => {
		const result = validateProductAttributes({}, catalogue);
		expect(result.ok && result.value.columns.category).toBe('other');
		expect(result.ok && Object.values(result.value.extras).every((v) => v === null)).toBe(true);
	});

	test.each<[string, ProductAttributesInput, string, RegExp]>([
		['a country that is not two letters', { vendorCountry: 'France' }, 'vendorCountry', /deux lettres/],
		['an unknown category', { category: 'jeux' }, 'category', /catégorie/],
		['an unknown licence model', { licenceModel: 'freeware' }, 'licenceModel', /libre/],
		[
			'an SPDX id on proprietary software',
			{ licenceModel: 'proprietary', spdxId: 'MIT' },
			'spdxId',
			/logiciel libre/
		],
		['an SPDX id with odd characters', { spdxId: 'MIT; drop' }, 'spdxId', /SPDX invalide/],
		['an unknown hosting', { hosting: 'mars' }, 'hosting', /hébergement/],
		['a yes/no answer that is neither', { openFormats: 'peut-être' }, 'openFormats', /oui/],
		['a catalogue id that does not exist', { catalogueId: 'nope' }, 'catalogueId', /catalogue/],
		['a SILL id that is not a number', { sillId: 'LibreOffice' }, 'sillId', /nombre/],
		['zero providers', { providerCount: '0' }, 'providerCount', /1 à 999/],
		['an unknown key custody', { keyCustody: 'moi' }, 'keyCustody', /clés/],
		['an unknown supply chain', { supplyChain: 'lune' }, 'supplyChain', /origine/],
		['a vendor name too long', { vendor: 'x'.repeat(121) }, 'vendor', /120 caractères/]
	])('refuses %s with a French message on that field', (_, input, field, message) => {
		const result = validateProductAttributes(input, catalogue);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(Object.keys(result.errors)).toEqual([field]);
			expect(result.errors[field as keyof typeof result.errors]).toMatch(message);
		}
	});
});

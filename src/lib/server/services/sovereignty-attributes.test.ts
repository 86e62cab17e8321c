import { describe, expect, test } from 'vitest';
import { createDefaultCatalogue } from '../../domain/catalogue';
import {
	EMPTY_EXTRAS,
	findCatalogueItem,
	inferExtras,
	resolveSovereigntyAttributes,
	type ProductColumns
} from './sovereignty-attributes';

const catalogue = createDefaultCatalogue();
const unknown: ProductColumns = {
	name: 'Logiciel inconnu',
	vendor: null,
	vendorCountry: null,
	category: 'other',
	licenceModel: null,
	spdxId: null,
	hosting: null,
	openFormats: null,
	catalogueId: null
};
const m365: ProductColumns = {
	...unknown,
	name: 'Microsoft 365 Business Standard',
	vendor: 'Microsoft',
	vendorCountry: 'US',
	category: 'office-suite',
	licenceModel: 'proprietary',
	hosting: 'non-eu-cloud',
	openFormats: false,
	catalogueId: 'm365-business-standard'
};
const libreOffice: ProductColumns = {
	...unknown,
	name: 'LibreOffice',
	vendor: 'The Document Foundation',
	vendorCountry: 'DE',
	category: 'office-suite',
	licenceModel: 'open-source',
	hosting: 'on-premises',
	openFormats: true,
	catalogueId: 'libreoffice'
};

describe('inferExtras', () => {
	test.each([
		['nothing known: nothing inferred', unknown, EMPTY_EXTRAS],
		[
			'proprietary SaaS of a US vendor: one provider, keys and supply chain outside the EU',
			m365,
			{ ...EMPTY_EXTRAS, providerCount: 1, keyCustody: 'non-eu-provider', supplyChain: 'non-eu' }
		],
		[
			'free software on premises with open formats: export documented, keys held by the commune',
			libreOffice,
			{ ...EMPTY_EXTRAS, documentedOpenExport: true, keyCustody: 'customer' }
		],
		[
			'EU cloud run by a French vendor: keys with an EU provider, supply chain unknown',
			{ ...unknown, vendorCountry: 'FR', licenceModel: 'proprietary' as const, hosting: 'eu-cloud' as const },
			{ ...EMPTY_EXTRAS, providerCount: 1, keyCustody: 'eu-provider' }
		],
		[
			'SecNumCloud: keys with the (EU) qualified operator',
			{ ...unknown, vendorCountry: 'US', hosting: 'secnumcloud' as const },
			{ ...EMPTY_EXTRAS, keyCustody: 'eu-provider' }
		],
		[
			'proprietary software of a US vendor on premises: supply chain non-EU, keys with the commune',
			{
				...unknown,
				vendorCountry: 'US',
				licenceModel: 'proprietary' as const,
				hosting: 'on-premises' as const
			},
			{ ...EMPTY_EXTRAS, keyCustody: 'customer', supplyChain: 'non-eu' }
		]
	])('%s', (_, product, expected) => {
		expect(inferExtras(product, findCatalogueItem(catalogue, product.catalogueId))).toEqual(expected);
	});
});

describe('resolveSovereigntyAttributes', () => {
	test('what the user entered wins over the catalogue and the rules, and its origin says so', () => {
		const r = resolveSovereigntyAttributes(m365, { keyCustody: 'customer', sillId: null }, catalogue);
		expect(r.attributes.keyCustody).toBe('customer');
		expect(r.origins.keyCustody).toBe('entered');
		expect(r.defaults.keyCustody).toBe('non-eu-provider');
		expect(r.origins.supplyChain).toBe('inferred');
		expect(r.origins.sillId).toBe('unknown');
		expect(r.attributes.sillId).toBeNull();
	});

	test('SILL and Comptoir ids of a linked alternative come from the catalogue when it has them', () => {
		const edited = createDefaultCatalogue();
		const alternative = edited.alternatives.find((a) => a.id === 'libreoffice');
		if (!alternative) throw new Error('libreoffice missing from the default catalogue');
		alternative.sillId = 42;
		const r = resolveSovereigntyAttributes(libreOffice, undefined, edited);
		expect([r.attributes.sillId, r.origins.sillId]).toEqual(['42', 'catalogue']);
		expect([r.attributes.comptoirId, r.origins.comptoirId]).toEqual([null, 'unknown']);
	});

	test('an unknown category falls back to "other"; columns are copied as stored', () => {
		const r = resolveSovereigntyAttributes({ ...unknown, category: 'jeux' }, undefined, catalogue);
		expect(r.attributes).toMatchObject({ name: 'Logiciel inconnu', category: 'other', hosting: null });
	});
});

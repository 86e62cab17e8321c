import { describe, expect, test } from 'vitest';
import { andKnown, isExposedToNonEuLaw, isMutualised, isReversible } from './classify';
import { createUnknownProduct, type SovereigntyAttributes } from './types';

const product = (attributes: Partial<SovereigntyAttributes>): SovereigntyAttributes => ({
	...createUnknownProduct('P'),
	...attributes
});

describe('exposure to non-EU law', () => {
	test.each<[string, Partial<SovereigntyAttributes>, boolean | null]>([
		['data in a non-EU cloud, vendor unknown', { hosting: 'non-eu-cloud' }, true],
		['data in a non-EU cloud, EU vendor', { hosting: 'non-eu-cloud', vendorCountry: 'FR' }, true],
		['US vendor in an EU datacentre', { hosting: 'eu-cloud', vendorCountry: 'US' }, true],
		['US vendor, hosting unknown', { vendorCountry: 'us' }, true],
		[
			'proprietary US software on premises',
			{ hosting: 'on-premises', vendorCountry: 'US', licenceModel: 'proprietary' },
			true
		],
		[
			'free software on premises, vendor unknown',
			{ hosting: 'on-premises', licenceModel: 'open-source' },
			false
		],
		['SecNumCloud hosting', { hosting: 'secnumcloud', vendorCountry: 'FR' }, false],
		['EU vendor, EU cloud', { hosting: 'eu-cloud', vendorCountry: 'DE' }, false],
		['EU vendor, hosting unknown', { vendorCountry: 'FR' }, null],
		['EU cloud, vendor unknown', { hosting: 'eu-cloud' }, null],
		['nothing known', {}, null]
	])('%s → %s', (_case, attributes, expected) => {
		expect(isExposedToNonEuLaw(product(attributes))).toBe(expected);
	});
});

describe('reversibility', () => {
	test.each<[string, Partial<SovereigntyAttributes>, boolean | null]>([
		['open export and open source', { documentedOpenExport: true, licenceModel: 'open-source' }, true],
		['open export and two providers', { documentedOpenExport: true, providerCount: 2 }, true],
		['open export but a single provider', { documentedOpenExport: true, providerCount: 1 }, false],
		['no open export, whatever the providers', { documentedOpenExport: false }, false],
		['open export, providers unknown', { documentedOpenExport: true, licenceModel: 'proprietary' }, null],
		['open source, export unknown', { licenceModel: 'open-source' }, null]
	])('%s → %s', (_case, attributes, expected) => {
		expect(isReversible(product(attributes))).toBe(expected);
	});

	test.each<[boolean | null, boolean | null, boolean | null]>([
		[true, true, true],
		[true, false, false],
		[null, false, false],
		[null, true, null],
		[null, null, null]
	])('andKnown(%s, %s) = %s', (a, b, expected) => {
		expect(andKnown(a, b)).toBe(expected);
	});
});

describe('mutualisation', () => {
	test.each<[string, Partial<SovereigntyAttributes>, boolean | null]>([
		['SILL id', { sillId: 'x' }, true],
		['Comptoir id, licence unknown', { comptoirId: '12' }, true],
		['proprietary: never in these free-software catalogues', { licenceModel: 'proprietary' }, false],
		['free software not found in either', { licenceModel: 'open-source' }, false],
		['nothing known', {}, null]
	])('%s → %s', (_case, attributes, expected) => {
		expect(isMutualised(product(attributes))).toBe(expected);
	});
});

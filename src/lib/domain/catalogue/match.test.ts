import { describe, expect, test } from 'vitest';
import { buildAlternative, buildEntry, difficulty } from './build-entry';
import { DEFAULT_CATALOGUE } from './defaults';
import {
	createProductMatcher,
	matchAlternative,
	matchAnyProduct,
	matchProduct,
	normaliseProductName
} from './match';
import { assumed } from './sources';
import type { Catalogue } from './types';

describe('normaliseProductName', () => {
	test.each([
		['O365_BUSINESS_PREMIUM', 'o365 business premium'],
		['  Microsoft   365 Business\u00a0Standard ', 'microsoft 365 business standard'],
		['Téléservices', 'teleservices'],
		[
			'MICROSOFT 365 BUSINESS BASIC+EXCHANGE ONLINE (PLAN 1)',
			'microsoft 365 business basic exchange online plan 1'
		],
		['Adobe Acrobat Pro - 7 licences', 'adobe acrobat pro 7 licences'],
		['Entr’ouvert', 'entr ouvert'],
		['---', '']
	])('%j → %j', (name, expected) => {
		expect(normaliseProductName(name)).toBe(expected);
	});
});

describe('matchProduct on the default catalogue', () => {
	test.each([
		['MICROSOFT 365 BUSINESS STANDARD', 'm365-business-standard'],
		['Microsoft 365 Business Standard', 'm365-business-standard'],
		['O365_BUSINESS_PREMIUM', 'm365-business-standard'],
		['O365_BUSINESS_ESSENTIALS', 'm365-business-basic'],
		['SPB', 'm365-business-premium'],
		['SPE_E3', 'm365-e3'],
		['SPE_E5', 'm365-e5'],
		['ENTERPRISEPACK', 'o365-e3'],
		['STANDARDPACK', 'o365-e1'],
		['SPE_F1', 'm365-f3'],
		['M365_F1', 'm365-f1'],
		['Microsoft 365 Apps', 'm365-apps-business'],
		['Microsoft 365 Apps for business', 'm365-apps-business'],
		['O365_BUSINESS', 'm365-apps-business'],
		['OFFICESUBSCRIPTION', 'm365-apps-enterprise'],
		['Windows 10 ESU', 'windows-10-esu'],
		['Windows 11 Professionnel', 'windows'],
		['EXCHANGE ONLINE (PLAN 1)', 'exchange-online'],
		['Microsoft 365 Business Standard - 40 utilisateurs', 'm365-business-standard'],
		['Adobe Acrobat Pro - 7 licences', 'adobe-acrobat'],
		['Avoir - 2 licences Acrobat non utilisées', 'adobe-acrobat'],
		['Default Acrobat Pro configuration', 'adobe-acrobat'],
		['MICROSOFT 365 BUSINESS BASIC+EXCHANGE ONLINE (PLAN 1)', 'm365-business-basic'],
		['téléservices', 'proprietary-e-services'],
		['Zoom Workplace', 'zoom-workplace'],
		['Google Analytics 4', 'google-analytics']
	])('%j is %s', (name, id) => {
		expect(matchProduct(name, DEFAULT_CATALOGUE)?.id).toBe(id);
	});

	test.each([
		'Logiciel "État civil" v5',
		'Hébergement site internet',
		'Formation agents tableur',
		'POWER_BI_PRO',
		'7-Zip 24.09 (x64)',
		'',
		'LibreOffice'
	])('%j is not a proprietary family of the catalogue', (name) => {
		expect(matchProduct(name, DEFAULT_CATALOGUE)).toBeNull();
	});

	test.each([
		['LibreOffice', 'libreoffice'],
		['Nextcloud Hub 9', 'nextcloud'],
		['ONLYOFFICE Desktop Editors', 'onlyoffice'],
		['Debian GNU/Linux 12', 'debian']
	])('open-source %j is recognised as alternative %s', (name, id) => {
		expect(matchAlternative(name, DEFAULT_CATALOGUE)?.id).toBe(id);
		expect(matchAnyProduct(name, DEFAULT_CATALOGUE)?.kind).toBe('open-source');
	});
});

function createTinyCatalogue(synonyms: string[]): Catalogue {
	const figure = assumed(0, 'test');
	return {
		schemaVersion: 1,
		updated: '2026-01-01',
		entries: [
			buildEntry({
				id: 'suite',
				name: 'Suite',
				vendor: null,
				vendorCountry: null,
				category: 'office-suite',
				synonyms,
				unitPrice: figure,
				alternativeIds: []
			}),
			buildEntry({
				id: 'suite-plus',
				name: 'Suite Plus',
				vendor: null,
				vendorCountry: null,
				category: 'office-suite',
				synonyms: ['Suite Plus Max'],
				unitPrice: figure,
				alternativeIds: []
			})
		],
		alternatives: [
			buildAlternative({
				id: 'libre',
				name: 'Suite',
				vendor: null,
				vendorCountry: null,
				category: 'office-suite',
				spdxId: null,
				hostingOptions: [],
				openFormats: true,
				synonyms: [],
				seatUnit: 'user',
				oneOffCentsPerSeat: figure,
				recurringCentsPerSeatYear: figure,
				trainingDaysPerAgent: figure,
				difficulty: difficulty(1, 'test')
			})
		]
	};
}

describe('createProductMatcher', () => {
	test.each([
		['suite plus max 2026', 'suite-plus'],
		['la suite plus', 'suite-plus'],
		['ma suite', 'suite'],
		['SUITE', 'suite']
	])('prefers the longest run of words: %j → %s', (name, id) => {
		const match = createProductMatcher(createTinyCatalogue([])).match(name);
		expect(match?.kind === 'proprietary' ? match.entry.id : null).toBe(id);
	});

	test('a synonym shared by an entry and an alternative goes to the entry, listed first', () => {
		expect(createProductMatcher(createTinyCatalogue([])).match('Suite')?.kind).toBe('proprietary');
	});

	test('an edited catalogue (a new object) is matched with its own synonyms', () => {
		expect(matchProduct('Bureautique X', createTinyCatalogue([]))).toBeNull();
		expect(matchProduct('Bureautique X', createTinyCatalogue(['Bureautique X']))?.id).toBe('suite');
	});

	test('a catalogue parsed back from JSON matches like the original', () => {
		const copy: Catalogue = JSON.parse(JSON.stringify(DEFAULT_CATALOGUE));
		expect(matchProduct('SPE_E3', copy)?.id).toBe('m365-e3');
	});
});

import { describe, expect, test } from 'vitest';
import { createDefaultCatalogue, DEFAULT_CATALOGUE } from './defaults';
import { checkCatalogueIntegrity } from './integrity';
import { USD_TO_EUR_ASSUMED } from './sources';
import { isAssumption, type Catalogue } from './types';

const entry = (id: string) => {
	const found = DEFAULT_CATALOGUE.entries.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`missing entry ${id}`);
	return found;
};

describe('default catalogue', () => {
	test('passes every integrity check', () => {
		expect(checkCatalogueIntegrity(DEFAULT_CATALOGUE)).toEqual([]);
	});

	test('survives a JSON round trip unchanged (it is stored per organisation)', () => {
		expect(JSON.parse(JSON.stringify(DEFAULT_CATALOGUE))).toStrictEqual(DEFAULT_CATALOGUE);
	});

	test.each([
		['m365-apps-business', 'office-suite', 'libreoffice'],
		['m365-apps-business', 'office-suite', 'onlyoffice'],
		['microsoft-office-perpetual', 'office-suite', 'libreoffice'],
		['windows', 'operating-system', 'ubuntu'],
		['windows', 'operating-system', 'debian'],
		['windows-10-esu', 'operating-system', 'debian'],
		['proprietary-cms', 'cms', 'wordpress'],
		['google-analytics', 'web-analytics', 'matomo'],
		['proprietary-e-services', 'e-services', 'publik'],
		['google-maps', 'maps', 'openstreetmap'],
		['microsoft-onedrive-sharepoint', 'file-sharing', 'nextcloud'],
		['dropbox', 'file-sharing', 'nextcloud'],
		['google-drive', 'file-sharing', 'nextcloud'],
		['proprietary-erp', 'erp', 'odoo'],
		['whatsapp', 'messaging', 'tchap'],
		['slack', 'messaging', 'tchap'],
		['microsoft-teams', 'messaging', 'tchap'],
		['zoom-workplace', 'video', 'jitsi-meet'],
		['microsoft-teams', 'messaging', 'jitsi-meet'],
		['microsoft-exchange-server', 'mail', 'sogo'],
		['adobe-acrobat', 'pdf', 'pdfsam-basic'],
		['adobe-acrobat', 'pdf', 'libreoffice-draw']
	])('ships %s (%s) with alternative %s', (id, category, alternativeId) => {
		expect(entry(id).category).toBe(category);
		expect(entry(id).alternativeIds).toContain(alternativeId);
	});

	// docs/domain-reference.md §3.1: EUR June 2026 where known, else France March 2022.
	test.each([
		['m365-business-basic', 520, '2026-06'],
		['m365-business-standard', 1083, '2026-06'],
		['m365-business-premium', 1906, '2026-06'],
		['m365-apps-business', 880, '2022-03'],
		['o365-e1', 840, '2022-03'],
		['o365-e3', 2260, '2022-03'],
		['o365-e5', 3740, '2022-03'],
		['m365-e3', 3540, '2022-03'],
		['m365-e5', 5370, '2022-03'],
		['m365-f3', 670, '2022-03']
	])('%s lists at %i cents per user per month, dated %s', (id, cents, date) => {
		const price = entry(id).unitPrice;
		expect(price.value).toBe(cents);
		expect(entry(id).pricePeriod).toBe('month');
		expect(isAssumption(price) ? null : price.date).toBe(date);
	});

	test('Windows 10 ESU doubles each year for three years, converted at the stated rate', () => {
		const schedule = entry('windows-10-esu').priceScheduleCentsPerYear;
		expect(schedule?.value).toEqual([61, 122, 244].map((usd) => Math.round(usd * 100 * USD_TO_EUR_ASSUMED)));
		expect(schedule && isAssumption(schedule)).toBe(true);
		expect(entry('windows-10-esu').endOfSupportDate).toBe('2025-10-14');
	});

	test('a proprietary price of 0 is always an explained assumption, never a sourced figure', () => {
		const zeros = DEFAULT_CATALOGUE.entries.filter((candidate) => candidate.unitPrice.value === 0);
		expect(zeros.length).toBeGreaterThan(0);
		for (const zero of zeros) expect(isAssumption(zero.unitPrice)).toBe(true);
	});

	test('no SILL or Comptoir du Libre identifier is guessed', () => {
		for (const alternative of DEFAULT_CATALOGUE.alternatives) {
			expect([alternative.sillId, alternative.comptoirDuLibreId]).toEqual([null, null]);
		}
	});

	test('the Toulouse per-seat cost is sourced and derived from the published figures', () => {
		const libreoffice = DEFAULT_CATALOGUE.alternatives.find((candidate) => candidate.id === 'libreoffice');
		expect(libreoffice?.oneOffCentsPerSeat.value).toBe(Math.round(80_000_000 / 9000 / 100) * 100);
		expect(libreoffice && isAssumption(libreoffice.oneOffCentsPerSeat)).toBe(false);
	});

	test('createDefaultCatalogue returns an independent copy', () => {
		const copy = createDefaultCatalogue();
		copy.entries[0].synonyms.push('modifié');
		expect(DEFAULT_CATALOGUE.entries[0].synonyms).not.toContain('modifié');
	});
});

describe('checkCatalogueIntegrity', () => {
	const mutate = (change: (catalogue: Catalogue) => void) => {
		const copy = createDefaultCatalogue();
		change(copy);
		return checkCatalogueIntegrity(copy);
	};

	test.each<[string, (catalogue: Catalogue) => void, RegExp]>([
		['a duplicated id', (c) => (c.entries[1].id = c.entries[0].id), /en double/],
		['an id that is not kebab-case', (c) => (c.entries[0].id = 'M365 Basic'), /minuscules et tirets/],
		[
			'a missing alternative',
			(c) => c.entries[0].alternativeIds.push('inconnue'),
			/« inconnue » introuvable/
		],
		['a synonym claimed twice', (c) => c.entries[1].synonyms.push('spe e3'), /revendiqué/],
		['a price in fractional cents', (c) => (c.entries[0].unitPrice.value = 10.5), /valeur invalide/],
		[
			'a date that is not ISO',
			(c) => (c.entries[0].unitPrice = { value: 1, source: 's', date: '06/2026' }),
			/hors format ISO/
		],
		[
			'an unexplained assumption',
			(c) => (c.entries[0].unitPrice = { value: 1, kind: 'assumption', note: ' ' }),
			/expliquée/
		],
		[
			'a difficulty out of 1–5',
			(c) => Object.assign(c.alternatives[0].difficulty, { value: 7 }),
			/difficulty : valeur invalide/
		]
	])('reports %s', (_label, change, message) => {
		expect(mutate(change).join('\n')).toMatch(message);
	});
});

import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../domain/catalogue';
import {
	BUNDLE_CHOICE,
	defaultChoice,
	detectChoice,
	isBundle,
	labelLine,
	listBundle,
	resolveChoice,
	sumAlternativeCosts
} from './alternative-bundle';

const entry = (id: string) => {
	const found = DEFAULT_CATALOGUE.entries.find((candidate) => candidate.id === id);
	if (!found) throw new Error(id);
	return found;
};

describe('listBundle', () => {
	test.each([
		// A suite: the first alternative of each category, in the entry's order.
		['m365-business-standard', ['libreoffice', 'nextcloud', 'sogo', 'jitsi-meet', 'tchap']],
		['m365-apps-business', ['libreoffice']],
		['zoom-workplace', ['jitsi-meet']],
		['windows-10-esu', ['debian']],
		['microsoft-teams', ['tchap', 'jitsi-meet']]
	])('%s is replaced by %j', (id, expected) => {
		expect(listBundle(entry(id), DEFAULT_CATALOGUE).map((a) => a.id)).toEqual(expected);
	});

	test('an alternative missing from an edited catalogue is skipped', () => {
		const edited = {
			...DEFAULT_CATALOGUE,
			alternatives: DEFAULT_CATALOGUE.alternatives.filter((a) => a.id !== 'libreoffice')
		};
		expect(listBundle(entry('m365-apps-business'), edited).map((a) => a.id)).toEqual(['onlyoffice']);
	});
});

describe('sumAlternativeCosts', () => {
	test('adds the costs of the products a seat uses together', () => {
		// Default catalogue: LibreOffice 89 € + 5 €/an + 1 j; Nextcloud 30 € + 60 €/an + 0,5 j;
		// SOGo 32 € + 12 €/an + 0,5 j; Jitsi Meet 10 € + 12 €/an + 0,25 j; Tchap 5 € + 0 €/an + 0,25 j.
		expect(sumAlternativeCosts(listBundle(entry('m365-business-standard'), DEFAULT_CATALOGUE))).toEqual({
			oneOffCentsPerSeat: 8_900 + 3_000 + 3_200 + 1_000 + 500,
			recurringCentsPerSeatYear: 500 + 6_000 + 1_200 + 1_200 + 0,
			trainingDaysPerAgent: 2.5
		});
	});

	test('no alternative costs nothing', () => {
		expect(sumAlternativeCosts([])).toEqual({
			oneOffCentsPerSeat: 0,
			recurringCentsPerSeatYear: 0,
			trainingDaysPerAgent: 0
		});
	});
});

describe('choices', () => {
	test.each([
		['m365-business-standard', BUNDLE_CHOICE, true],
		['zoom-workplace', 'jitsi-meet', false]
	])('the default choice of %s is %s', (id, choice, bundle) => {
		expect(defaultChoice(entry(id), DEFAULT_CATALOGUE)).toBe(choice);
		expect(isBundle(entry(id), DEFAULT_CATALOGUE)).toBe(bundle);
	});

	test.each([
		[BUNDLE_CHOICE, 5],
		['onlyoffice', 1],
		['', 0],
		['inconnue', 0]
	])('the choice %j stands for %i alternative(s)', (choice, count) => {
		expect(resolveChoice(entry('m365-e3'), DEFAULT_CATALOGUE, choice)).toHaveLength(count);
	});

	test('a line with the bundle’s exact costs reads as the bundle; an edited one as its alternative', () => {
		const suite = entry('m365-e3');
		const costs = sumAlternativeCosts(listBundle(suite, DEFAULT_CATALOGUE));
		expect(detectChoice({ ...costs, alternativeId: 'libreoffice' }, suite, DEFAULT_CATALOGUE)).toBe(
			BUNDLE_CHOICE
		);
		expect(
			detectChoice(
				{ ...costs, oneOffCentsPerSeat: 1, alternativeId: 'libreoffice' },
				suite,
				DEFAULT_CATALOGUE
			)
		).toBe('libreoffice');
	});

	test.each([
		[[], 'Zoom'],
		[['jitsi-meet'], 'Zoom → Jitsi Meet'],
		[['libreoffice', 'nextcloud'], 'Zoom → LibreOffice + Nextcloud']
	])('labels %j as %s', (ids, expected) => {
		const alternatives = ids.map((id) => DEFAULT_CATALOGUE.alternatives.find((a) => a.id === id)!);
		expect(labelLine('Zoom', alternatives)).toBe(expected);
	});
});

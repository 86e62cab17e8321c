import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../domain/catalogue';
import { fr } from '../i18n/fr';
import { buildLinesFromInventory, type InventoryProductInput } from './lines-from-inventory';
import { describeLineSources } from './line-sources';

const texts = fr.scenarios.assumptions.sources;
const products: InventoryProductInput[] = [
	{
		productId: 1,
		name: 'Microsoft 365 Business Standard',
		licenceModel: 'proprietary',
		catalogueId: 'm365-business-standard',
		spendCents: 5_745_600,
		seats: { paid: 380, paidSource: 'invoice', used: 309 }
	},
	{
		productId: 2,
		name: 'Zoom',
		licenceModel: 'proprietary',
		catalogueId: 'zoom-workplace',
		spendCents: 0,
		seats: { paid: 25, paidSource: 'subscription', used: 12 }
	},
	{
		productId: 3,
		name: 'Google Maps',
		licenceModel: 'proprietary',
		catalogueId: 'google-maps',
		spendCents: 364_224,
		seats: { paid: null, paidSource: null, used: null }
	},
	{
		productId: 4,
		name: 'Windows 10 ESU',
		licenceModel: 'proprietary',
		catalogueId: 'windows-10-esu',
		spendCents: 806_400,
		seats: { paid: 120, paidSource: 'invoice', used: null }
	}
];
const { lines, evidence } = buildLinesFromInventory(
	{ year: 2025, basis: 'invoice', products },
	DEFAULT_CATALOGUE
);
const sources = (i: number, line = lines[i]) =>
	describeLineSources(line, evidence[i], DEFAULT_CATALOGUE, texts);

describe('describeLineSources', () => {
	test('a line built from invoices cites them for seats and price', () => {
		const { seats, unitPrice } = sources(0);
		expect(seats).toEqual({ kind: 'data', text: 'Factures 2025', details: [] });
		expect(unitPrice.kind).toBe('data');
		expect(unitPrice.text).toBe('Factures 2025 : 57\u202f456,00\u00a0€ TTC ÷ 380 postes');
	});

	test('a suite’s costs are the sum of its equivalents, an assumption as soon as one part is', () => {
		const { oneOff, training } = sources(0);
		expect(oneOff.kind).toBe('assumption');
		expect(oneOff.text).toMatch(
			/^Somme des équivalents : LibreOffice 89,00\u00a0€ \+ Nextcloud 30,00\u00a0€/
		);
		expect(oneOff.details[0]).toMatch(/^LibreOffice : Toulouse/);
		expect(training.text).toContain('LibreOffice 1 j');
	});

	test.each([
		// Zoom has no spend: seats from the subscription, price from the catalogue (a converted dollar price).
		[1, 'seats', 'data', 'Abonnement en cours'],
		[1, 'unitPrice', 'assumption', 'Hypothèse du catalogue'],
		// A site without a seat count is one site, by assumption.
		[2, 'seats', 'assumption', 'Un site (hypothèse)'],
		[2, 'hardware', 'none', 'Sans objet']
	] as const)('line %i, %s is %s: %s', (i, field, kind, text) => {
		expect(sources(i)[field]).toMatchObject({ kind, text });
	});

	test('the ESU schedule is shown with its shift', () => {
		expect(sources(3).unitPrice.details).toEqual([
			'Barème par année : 134,40\u00a0€ ; 268,80\u00a0€',
			'Barème décalé de 1 an(s) depuis la fin du support, ajusté au prix payé.'
		]);
	});

	test.each([
		['seats', { seats: 300 }, 'Valeur saisie (vos données : 380)'],
		['unitPrice', { unitPriceCentsPerYear: 10_000 }, 'Valeur saisie (vos données : 151,20\u00a0€)'],
		['oneOff', { oneOffCentsPerSeat: 1 }, 'Valeur saisie (catalogue : 89,00\u00a0€)'],
		['hardware', { hardwareCentsPerSeatYear: 500 }, 'Valeur saisie']
	] as const)('an edited %s is labelled as typed, with the data’s value', (field, change, text) => {
		expect(sources(0, { ...lines[0], ...change })[field]).toMatchObject({ kind: 'edited', text });
	});

	test('with the form’s choice, an edited bundle cost is compared with the bundle’s sum', () => {
		const line = { ...lines[0], oneOffCentsPerSeat: 1 };
		expect(describeLineSources(line, evidence[0], DEFAULT_CATALOGUE, texts, 'bundle').oneOff.text).toBe(
			'Valeur saisie (catalogue : 166,00\u00a0€)'
		);
	});

	test('without evidence (data changed since) seats read as typed', () => {
		expect(describeLineSources(lines[0], undefined, DEFAULT_CATALOGUE, texts).seats.kind).toBe('edited');
	});
});

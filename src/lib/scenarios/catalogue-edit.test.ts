import { describe, expect, test } from 'vitest';
import { checkCatalogueIntegrity, createDefaultCatalogue } from '../domain/catalogue';
import {
	applyAlternativeEdit,
	applyEntryEdit,
	figureField,
	showFigureValue,
	toFigureFields
} from './catalogue-edit';

const fields = (values: Record<string, string>) => (name: string) => values[name] ?? null;
const TODAY = '2026-03-01';

describe('applyEntryEdit', () => {
	test('a price typed in euros with its source and date becomes a sourced figure in cents', () => {
		const { catalogue, errors } = applyEntryEdit(
			createDefaultCatalogue(),
			'zoom-workplace',
			fields({
				[figureField('unitPrice', 'value')]: '12,50',
				[figureField('unitPrice', 'kind')]: 'sourced',
				[figureField('unitPrice', 'source')]: 'Devis Zoom',
				[figureField('unitPrice', 'date')]: '2026-02',
				[figureField('unitPrice', 'note')]: '',
				notes: '  '
			}),
			TODAY
		);
		expect(errors).toEqual([]);
		const entry = catalogue.entries.find((e) => e.id === 'zoom-workplace');
		expect(entry?.unitPrice).toEqual({ value: 1_250, source: 'Devis Zoom', date: '2026-02' });
		expect(entry?.notes).toBeNull();
		expect(catalogue.updated).toBe(TODAY);
		expect(checkCatalogueIntegrity(catalogue)).toEqual([]);
	});

	test.each([
		// An empty optional figure removes it.
		['forcedHardwareCentsPerSeatYear', '', 'windows', null],
		// A schedule is a list of euros separated by semicolons.
		[
			'priceScheduleCentsPerYear',
			'50 ; 100,5',
			'windows-10-esu',
			{ value: [5_000, 10_050], kind: 'assumption', note: 'Devis' }
		]
	])('%s = %j on %s', (figure, value, id, expected) => {
		const { catalogue } = applyEntryEdit(
			createDefaultCatalogue(),
			id,
			fields({
				[figureField(figure, 'value')]: value,
				[figureField(figure, 'kind')]: 'assumption',
				[figureField(figure, 'note')]: 'Devis'
			}),
			TODAY
		);
		const entry = catalogue.entries.find((e) => e.id === id);
		expect(entry?.[figure as 'priceScheduleCentsPerYear']).toEqual(expected);
	});

	test.each([
		['douze', 'unitPrice : valeur « douze » invalide.'],
		['-3', 'unitPrice : valeur « -3 » invalide.']
	])('an unreadable price (%j) changes nothing', (value, error) => {
		const original = createDefaultCatalogue();
		const result = applyEntryEdit(
			original,
			'zoom-workplace',
			fields({ [figureField('unitPrice', 'value')]: value }),
			TODAY
		);
		expect(result.errors).toEqual([error]);
		expect(result.catalogue).toBe(original);
	});

	test('an assumption without a reason is refused by the integrity check', () => {
		const { catalogue } = applyEntryEdit(
			createDefaultCatalogue(),
			'zoom-workplace',
			fields({ [figureField('unitPrice', 'value')]: '10', [figureField('unitPrice', 'kind')]: 'assumption' }),
			TODAY
		);
		expect(checkCatalogueIntegrity(catalogue)).toEqual([
			'zoom-workplace.unitPrice : une hypothèse doit être expliquée.'
		]);
	});

	test('an unknown entry is reported', () => {
		expect(applyEntryEdit(createDefaultCatalogue(), 'inconnu', fields({}), TODAY).errors).toEqual([
			'« inconnu » absent du catalogue.'
		]);
	});
});

describe('applyAlternativeEdit', () => {
	test.each([
		['oneOffCentsPerSeat', '150', 15_000],
		['trainingDaysPerAgent', '0,5', 0.5],
		['difficulty', '3', 3]
	])('%s typed %j is stored as %s', (figure, value, stored) => {
		const { catalogue, errors } = applyAlternativeEdit(
			createDefaultCatalogue(),
			'libreoffice',
			fields({
				[figureField(figure, 'value')]: value,
				[figureField(figure, 'kind')]: 'assumption',
				[figureField(figure, 'note')]: 'Notre estimation'
			}),
			TODAY
		);
		expect(errors).toEqual([]);
		const alternative = catalogue.alternatives.find((a) => a.id === 'libreoffice');
		expect(alternative?.[figure as 'difficulty']).toEqual({
			value: stored,
			kind: 'assumption',
			note: 'Notre estimation'
		});
	});

	test('a difficulty outside 1–5 is refused', () => {
		const { errors } = applyAlternativeEdit(
			createDefaultCatalogue(),
			'libreoffice',
			fields({ [figureField('difficulty', 'value')]: '6' }),
			TODAY
		);
		expect(errors).toEqual(['difficulty : valeur « 6 » invalide.']);
	});
});

describe('figure fields', () => {
	test.each([
		[
			{ value: 1_083, source: 'riverflowsbv', date: '2026-06' },
			{ value: '10,83', kind: 'sourced', source: 'riverflowsbv', date: '2026-06', note: '' }
		],
		[
			{ value: 0, kind: 'assumption' as const, note: 'NF' },
			{ value: '0', kind: 'assumption', source: '', date: '', note: 'NF' }
		],
		[null, { value: '', kind: 'assumption', source: '', date: '', note: '' }]
	])('%j reads as %j', (figure, expected) => {
		expect(toFigureFields(figure, (cents: number) => showFigureValue('unitPrice', cents))).toEqual(expected);
	});
});

import { describe, expect, test } from 'vitest';
import {
	decideDecimalSeparator,
	isUnlimitedLiteral,
	parseBoolean,
	parseBytes,
	parseCents,
	maskEmails,
	MASKED_EMAIL,
	parseCount,
	parseDurationSeconds,
	parseNumber,
	UNLIMITED
} from './normalise';

describe('parseCents: French money to integer cents without float drift', () => {
	test.each([
		['1 234,56 €', ',', 123456],
		['1\u00a0234,56\u00a0€', ',', 123456],
		['1\u202f234\u202f567,89', ',', 123456789],
		['1.234,56', ',', 123456],
		['1,234.56', '.', 123456],
		["1'234.50", '.', 123450],
		['-480,00 €', ',', -48000],
		['(480,00)', ',', -48000],
		['€ -480,00', ',', -48000],
		['€12', ',', 1200],
		['12 €', ',', 1200],
		['0,00 €', ',', 0],
		['6566.4', ',', 656640],
		['25200.00', '.', 2520000],
		['0.1', '.', 10],
		['0,29', ',', 29],
		['1.005', '.', 101],
		['1,005', '.', 100500],
		['2,675', ',', 268],
		['-2,675', ',', -268],
		['33 797,42', ',', 3379742],
		['1.234', ',', 123400],
		['12.5', ',', 1250],
		['1,5E+3', ',', 150000],
		['-', ',', 0],
		['', ',', null],
		['   ', ',', null],
		['12,3,4', ',', undefined],
		['12 34', ',', undefined],
		['abc', ',', undefined],
		['1.234 567', ',', undefined]
	])('%j (decimal %s) → %s', (raw, decimal, expected) => {
		expect(parseCents(raw, decimal as ',' | '.')).toBe(expected);
	});

	test('summing parsed cents gives the exact total where floats drift', () => {
		const values = ['0,10', '0,20'];
		expect(values.map((v) => parseCents(v, ',') ?? 0).reduce((a, b) => a + b, 0)).toBe(30);
		expect(0.1 + 0.2).not.toBe(0.3);
	});
});

describe('parseNumber', () => {
	test.each([
		['42', ',', 42],
		['1 204', ',', 1204],
		['1.5', '.', 1.5],
		['1,5', ',', 1.5],
		['2,19909E+13', ',', 21990900000000],
		['7516192768', ',', 7516192768],
		['9007199254740991', ',', 9007199254740991],
		['+3', ',', 3],
		['', ',', null],
		['trois', ',', undefined]
	])('%j → %s', (raw, decimal, expected) => {
		expect(parseNumber(raw, decimal as ',' | '.')).toBe(expected);
	});
});

describe('decideDecimalSeparator: per column', () => {
	test.each([
		[['1 234,56 €', '12,00 €'], ','],
		[['25200.00', '6566.4', '54000'], '.'],
		[['1,234.56', '2,000.00'], '.'],
		[['1.234.567', '2.000.000'], ','],
		[['1,234,567'], '.'],
		[['12', '40'], ','],
		[[], ',']
	])('%j → %s', (values, expected) => {
		expect(decideDecimalSeparator(values)).toBe(expected);
	});
});

describe('parseBoolean', () => {
	test.each([
		['True', true],
		['False', false],
		['Yes', true],
		['No', false],
		['Oui', true],
		['Non', false],
		['O', true],
		['N', false],
		['VRAI', true],
		['FAUX', false],
		['true', true],
		['false', false],
		['1', true],
		['0', false],
		['X', true],
		['x', true],
		[' oui ', true],
		['', null],
		['peut-être', undefined]
	])('%j → %s', (raw, expected) => {
		expect(parseBoolean(raw)).toBe(expected);
	});
});

describe('parseDurationSeconds', () => {
	test.each([
		['PT4H23M', 15780],
		['PT30M5S', 1805],
		['PT3H', 10800],
		['PT0S', 0],
		['PT6H12M25S', 22345],
		['P1DT1H', 90000],
		['PT1.5S', 2],
		['01:30:00', 5400],
		['0:45', 2700],
		['', null],
		['PT', undefined],
		['4h23', undefined]
	])('%j → %s', (raw, expected) => {
		expect(parseDurationSeconds(raw)).toBe(expected);
	});
});

describe('parseBytes and parseCount', () => {
	test.each([
		['0.84GB', Math.round(0.84 * 2 ** 30)],
		['30GB', 30 * 2 ** 30],
		['1,5 Go', 1.5 * 2 ** 30],
		['512MB', 512 * 2 ** 20],
		['1099511627776', 2 ** 40],
		['0GB', 0],
		['Unlimited', UNLIMITED],
		['', null],
		['beaucoup', undefined]
	])('parseBytes(%j) → %s', (raw, expected) => {
		expect(parseBytes(raw)).toBe(expected);
	});

	test.each([
		['40', 40],
		['1 250', 1250],
		['Illimité', UNLIMITED],
		['ILLIMITE', UNLIMITED],
		['Unlimited', UNLIMITED],
		['', null],
		['quarante', undefined],
		// GLPI's "1,234.56" preference in a column whose decimal sign is the comma: a count is whole.
		['1,204', 1204],
		['12,00', 12],
		['-2', -2],
		['1,5', undefined],
		['2.5', undefined]
	])('parseCount(%j) → %s', (raw, expected) => {
		expect(parseCount(raw, ',')).toBe(expected);
	});

	test.each([
		['Illimitée', true],
		['sans limite', true],
		['∞', true],
		['limité', false],
		['', false]
	])('isUnlimitedLiteral(%j) → %s', (raw, expected) => {
		expect(isUnlimitedLiteral(raw)).toBe(expected);
	});
});

describe('maskEmails: addresses typed into free text are not stored', () => {
	test.each([
		['Licence Zoom - marc.petit@commune-exemple.fr', `Licence Zoom - ${MASKED_EMAIL}`],
		['<a.b@x.fr>, c_d@y.org', `<${MASKED_EMAIL}>, ${MASKED_EMAIL}`],
		['Microsoft 365 @ 12 €', 'Microsoft 365 @ 12 €'],
		['Adobe Acrobat Pro', 'Adobe Acrobat Pro']
	])('%j → %j', (text, expected) => {
		expect(maskEmails(text)).toBe(expected);
	});
});

import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/defaults';
import { computeYearlyUnitPrice, createLineFromCatalogue, findDefaultAlternative } from './from-catalogue';

const entry = (id: string) => {
	const found = DEFAULT_CATALOGUE.entries.find((candidate) => candidate.id === id);
	if (!found) throw new Error(id);
	return found;
};

describe('createLineFromCatalogue', () => {
	test.each([
		['m365-business-standard', 1_083 * 12],
		['m365-business-basic', 520 * 12],
		['microsoft-exchange-server', 3_700]
	])('%s costs %i cents per seat per year', (id, cents) => {
		expect(computeYearlyUnitPrice(entry(id))).toBe(cents);
	});

	test('copies the alternative costs and the hardware renewal of the entry', () => {
		const windows = entry('windows');
		const line = createLineFromCatalogue(windows, findDefaultAlternative(windows, DEFAULT_CATALOGUE), 120);
		expect(line).toMatchObject({
			id: 'windows',
			alternativeId: 'debian',
			seats: 120,
			oneOffCentsPerSeat: 15_000,
			hardwareCentsPerSeatYear: 4_500,
			residualShare: null
		});
	});

	test('takes the ESU price schedule as a copy', () => {
		const esu = entry('windows-10-esu');
		const line = createLineFromCatalogue(esu, null, 3);
		expect(line.priceScheduleCentsPerSeat).toEqual(esu.priceScheduleCentsPerYear?.value);
		line.priceScheduleCentsPerSeat?.push(1);
		expect(esu.priceScheduleCentsPerYear?.value).toHaveLength(3);
	});

	test('without an alternative the line stays proprietary and carries no switching cost', () => {
		const line = createLineFromCatalogue(entry('slack'), null, 12);
		expect(line).toMatchObject({
			alternativeId: null,
			residualShare: 1,
			oneOffCentsPerSeat: 0,
			recurringCentsPerSeatYear: 0
		});
	});

	test('the default alternative is the first one listed that exists', () => {
		const acrobat = { ...entry('adobe-acrobat'), alternativeIds: ['inconnue', 'libreoffice-draw'] };
		expect(findDefaultAlternative(acrobat, DEFAULT_CATALOGUE)?.id).toBe('libreoffice-draw');
		expect(findDefaultAlternative({ ...acrobat, alternativeIds: [] }, DEFAULT_CATALOGUE)).toBeNull();
	});
});

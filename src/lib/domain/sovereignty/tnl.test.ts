import { describe, expect, test } from 'vitest';
import { computeTnlEvidence, TNL_DISCLAIMER } from './tnl';
import { createUnknownProduct, type InventoryLine, type SovereigntyAttributes } from './types';

const line = (name: string, attributes: Partial<SovereigntyAttributes>, seats: number): InventoryLine => ({
	product: { ...createUnknownProduct(name), ...attributes },
	seats,
	spendCents: 100
});

const INVENTORY: InventoryLine[] = [
	line('Windows', { category: 'operating-system', licenceModel: 'proprietary', openFormats: null }, 75),
	line('Ubuntu', { category: 'operating-system', licenceModel: 'open-source', comptoirId: 'c1' }, 25),
	line('Microsoft Office', { category: 'office-suite', licenceModel: 'proprietary', openFormats: false }, 40),
	line(
		'LibreOffice',
		{ category: 'office-suite', licenceModel: 'open-source', openFormats: true, sillId: 's1' },
		60
	),
	line('libreoffice ', { category: 'office-suite', licenceModel: 'open-source', openFormats: true }, 10)
];

describe('TNL evidence', () => {
	const evidence = computeTnlEvidence(INVENTORY);
	const item = (id: string) => evidence.items.find((i) => i.id === id);

	test.each([
		// 25 of 100 operating-system seats are free
		['free-os-seats-share', 0.25, 'software'],
		// 70 of 110 office-suite seats are free
		['free-office-seats-share', 70 / 110, 'software'],
		// open formats known for 110 seats, 70 open
		['open-formats-seats-share', 70 / 110, 'practices'],
		// Ubuntu (Comptoir) and LibreOffice (SILL, two spellings counted once)
		['pooled-tools-count', 2, 'strategy']
	])('%s = %s, filed under the "%s" dimension', (id, value, dimension) => {
		expect(item(id)?.value).toBeCloseTo(value, 12);
		expect(item(id)?.dimension).toBe(dimension);
		expect(item(id)?.toComplete).toBe(false);
	});

	test('lists the pooled tools by name', () => {
		expect(evidence.pooledTools).toEqual(['Ubuntu', 'LibreOffice']);
	});

	test.each(['action-plan', 'communication', 'open-data'])('%s is left for the commune to fill in', (id) => {
		expect(item(id)?.value).toBeNull();
		expect(item(id)?.toComplete).toBe(true);
		expect(item(id)?.reading).toMatch(/^À renseigner par la collectivité/);
	});

	test('is presented as preparation of the application, not as a predicted label', () => {
		expect(evidence.disclaimer).toBe(TNL_DISCLAIMER);
		expect(TNL_DISCLAIMER).toMatch(/^Préparation du dossier/);
		expect(TNL_DISCLAIMER).toContain('ne préjugent ni de la décision du jury ni du niveau');
	});

	test('an inventory with no operating system asks for it instead of inventing a share', () => {
		const free = computeTnlEvidence([line('LibreOffice', { category: 'office-suite' }, 3)]);
		const os = free.items.find((i) => i.id === 'free-os-seats-share');
		expect(os?.value).toBeNull();
		expect(os?.toComplete).toBe(true);
		expect(os?.reading).toMatch(/^À compléter/);
	});

	test('an empty inventory gives no figures and no crash', () => {
		const empty = computeTnlEvidence([]);
		expect(empty.items.find((i) => i.id === 'pooled-tools-count')?.value).toBe(0);
		expect(empty.items.filter((i) => i.unit === 'ratio').every((i) => i.value === null)).toBe(true);
	});
});

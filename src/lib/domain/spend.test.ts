import { describe, expect, test } from 'vitest';
import { summariseSpend, type ProductSpend } from './spend';

const labels = { unknownVendor: 'Éditeur non renseigné', unclassified: 'Non classé' };
const row = (
	vendor: string | null,
	product: string | null,
	cents: number,
	licenceModel: string | null = null
) => ({ vendor, product, cents, licenceModel, lines: 1 }) satisfies ProductSpend;

describe('summariseSpend', () => {
	test('an empty inventory gives zero and no proprietary share', () => {
		const s = summariseSpend([], labels);
		expect(s).toMatchObject({ totalCents: 0, lines: 0, byVendor: [], byProduct: [], proprietaryShare: null });
	});

	test('groups products by vendor, largest first, and the parts add up to the total', () => {
		const s = summariseSpend(
			[
				row('Microsoft', 'Microsoft 365 E3', 50_000, 'proprietary'),
				row('Microsoft', 'Windows 10 ESU', 20_000, 'proprietary'),
				row('Zoom', 'Zoom Workplace', 30_000, 'proprietary'),
				row(null, null, 10_000)
			],
			labels
		);
		expect(s.totalCents).toBe(110_000);
		expect(s.byVendor.map((v) => [v.label, v.cents])).toEqual([
			['Microsoft', 70_000],
			['Zoom', 30_000],
			['Éditeur non renseigné', 10_000]
		]);
		expect(s.byProduct.reduce((n, p) => n + p.cents, 0)).toBe(s.totalCents);
		expect(s.byVendor[0].share).toBeCloseTo(70 / 110);
	});

	test('a credit note lowers the product’s spend', () => {
		const s = summariseSpend(
			[row('Adobe', 'Acrobat Pro', 120_000), row('Adobe', 'Acrobat Pro', -48_000)],
			labels
		);
		expect(s.byProduct).toEqual([{ label: 'Acrobat Pro', cents: 72_000, share: 1 }]);
	});

	test('the proprietary share counts only products whose licence model is known', () => {
		const s = summariseSpend(
			[
				row('Microsoft', 'M365', 75_000, 'proprietary'),
				row('TDF', 'LibreOffice', 25_000, 'open-source'),
				row(null, 'X', 99_999)
			],
			labels
		);
		expect(s.proprietaryShare).toBe(0.75);
	});
});

/**
 * Spend summaries for the dashboard: pure grouping of per-product spend rows (integer cents, TTC).
 */
import { sumCents, type Cents } from './money';

export interface ProductSpend {
	vendor: string | null;
	product: string | null;
	licenceModel: string | null;
	cents: Cents;
	lines: number;
}

export interface SpendSlice {
	label: string;
	cents: Cents;
	/** Share of the total, in [0, 1]; 0 when the total is not positive. */
	share: number;
}

export interface SpendSummary {
	totalCents: Cents;
	lines: number;
	byVendor: SpendSlice[];
	byProduct: SpendSlice[];
	/** Share of spend on proprietary products among products whose licence model is known; null if none known. */
	proprietaryShare: number | null;
}

function toSlices(groups: Map<string, Cents>, total: Cents): SpendSlice[] {
	return [...groups]
		.map(([label, cents]) => ({ label, cents, share: total > 0 ? cents / total : 0 }))
		.sort((a, b) => b.cents - a.cents || a.label.localeCompare(b.label, 'fr'));
}

/**
 * Groups product spend by vendor and by product, largest first.
 * Rows with no product or vendor are grouped under the given labels, so the parts always add up to the total.
 * proprietaryShare = Σ spend(proprietary) / Σ spend(licence model known).
 */
export function summariseSpend(
	rows: ProductSpend[],
	labels: { unknownVendor: string; unclassified: string }
): SpendSummary {
	const totalCents = sumCents(rows.map((r) => r.cents));
	const byVendor = new Map<string, Cents>();
	const byProduct = new Map<string, Cents>();
	let known = 0;
	let proprietary = 0;
	for (const row of rows) {
		const vendor = row.vendor ?? labels.unknownVendor;
		const product = row.product ?? labels.unclassified;
		byVendor.set(vendor, (byVendor.get(vendor) ?? 0) + row.cents);
		byProduct.set(product, (byProduct.get(product) ?? 0) + row.cents);
		if (row.licenceModel) {
			known += row.cents;
			if (row.licenceModel === 'proprietary') proprietary += row.cents;
		}
	}
	return {
		totalCents,
		lines: rows.reduce((n, r) => n + r.lines, 0),
		byVendor: toSlices(byVendor, totalCents),
		byProduct: toSlices(byProduct, totalCents),
		proprietaryShare: known > 0 ? proprietary / known : null
	};
}

/**
 * Spend broken down by vendor, product, service (cost centre) or year, for the finance officers' detail
 * tables. Pure grouping of pre-grouped rows (integer cents, TTC).
 */
import { sumCents, type Cents } from '../money';

export interface SpendCell {
	year: number;
	vendor: string | null;
	productId: number | null;
	product: string | null;
	service: string | null;
	cents: Cents;
	lines: number;
}

export type SpendDimension = 'vendor' | 'product' | 'service' | 'year';

export interface SpendGroup {
	key: string;
	label: string;
	/** The product id when grouping by product (to link to its page). */
	productId: number | null;
	cents: Cents;
	lines: number;
	/** Share of the total of the rows grouped, in [0, 1]; 0 when the total is not positive. */
	share: number;
}

export interface SpendLabels {
	unknownVendor: string;
	unclassified: string;
	noService: string;
}

function labelOf(cell: SpendCell, by: SpendDimension, labels: SpendLabels): [string, string] {
	switch (by) {
		case 'vendor':
			return [cell.vendor ?? '', cell.vendor ?? labels.unknownVendor];
		case 'product':
			return [String(cell.productId ?? ''), cell.product ?? labels.unclassified];
		case 'service':
			return [cell.service ?? '', cell.service || labels.noService];
		case 'year':
			return [String(cell.year), String(cell.year)];
	}
}

/**
 * Sums the cells by one dimension; missing values are grouped under the given labels, so the groups always
 * add up to the total. Sorted by amount (largest first), except years, most recent first.
 * share = group cents ÷ Σ cents.
 */
export function groupSpend(
	cells: readonly SpendCell[],
	by: SpendDimension,
	labels: SpendLabels
): SpendGroup[] {
	const total = sumCents(cells.map((c) => c.cents));
	const groups = new Map<string, SpendGroup>();
	for (const cell of cells) {
		const [key, label] = labelOf(cell, by, labels);
		const group = groups.get(key) ?? {
			key,
			label,
			productId: by === 'product' ? cell.productId : null,
			cents: 0,
			lines: 0,
			share: 0
		};
		group.cents += cell.cents;
		group.lines += cell.lines;
		groups.set(key, group);
	}
	const list = [...groups.values()].map((g) => ({ ...g, share: total > 0 ? g.cents / total : 0 }));
	return by === 'year'
		? list.sort((a, b) => Number(b.key) - Number(a.key))
		: list.sort((a, b) => b.cents - a.cents || a.label.localeCompare(b.label, 'fr'));
}

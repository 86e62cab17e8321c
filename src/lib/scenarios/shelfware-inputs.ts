/**
 * Inputs of the shelfware computation (domain/savings computeShelfware) from the organisation's data:
 * seats paid per product (inventory) and, when the vendor's users export gives them, licence holders and
 * active holders per service. Only counts are used, so concealed-name usage reports work the same.
 */
import type { Catalogue } from '../domain/catalogue';
import type { Cents } from '../domain/money';
import { computeYearlyUnitPrice, type SeatUsageInput } from '../domain/savings';

export interface ShelfwareProductInput {
	productId: number;
	name: string;
	catalogueId: string | null;
	spendCents: Cents;
	seats: { paid: number | null; used: number | null; usedSource: 'holders' | 'usage-report' | null };
	latestReportDate: string | null;
}

/** One row of inventory.repository listSeatUsageByService; asOf '' means activity unknown. */
export interface ServiceSeatUsage {
	productId: number;
	service: string;
	licensed: number;
	active: number;
	asOf: string;
}

export interface ShelfwareInputs {
	inputs: SeatUsageInput[];
	/** Products paid per seat with no usage report: right-sizing cannot be measured for them. */
	withoutUsage: { name: string; seatsPaid: number }[];
	/** Latest activity date per product name (usage report or users export), for the source note. */
	asOf: Record<string, string>;
	/** Products whose unit price comes from the catalogue because the data has no spend. */
	pricedFromCatalogue: string[];
}

/**
 * For each product with seats paid and a count of active users:
 * - unit price = spend ÷ seats paid (TTC cents per year), else the catalogue's yearly price, else 0;
 * - per service when the users export gives holders per service AND their total does not exceed the
 *   seats paid (licences paid but assigned to nobody become a row without service, active 0); otherwise
 *   one row for the whole product, because holders counted through another subscription (Teams inside
 *   a Microsoft 365 suite) are not seats of this product.
 */
export function buildShelfwareInputs(
	products: readonly ShelfwareProductInput[],
	byService: readonly ServiceSeatUsage[],
	catalogue: Catalogue
): ShelfwareInputs {
	const result: ShelfwareInputs = { inputs: [], withoutUsage: [], asOf: {}, pricedFromCatalogue: [] };
	for (const product of products) {
		const paid = product.seats.paid;
		if (paid === null || paid === 0) continue;
		const used = product.seats.used;
		if (used === null) {
			result.withoutUsage.push({ name: product.name, seatsPaid: paid });
			continue;
		}
		const entry = catalogue.entries.find((candidate) => candidate.id === product.catalogueId);
		let price = 0;
		if (product.spendCents > 0) price = Math.round(product.spendCents / paid);
		else if (entry) {
			price = computeYearlyUnitPrice(entry);
			result.pricedFromCatalogue.push(product.name);
		}
		const services = byService.filter((row) => row.productId === product.productId && row.asOf !== '');
		const assigned = services.reduce((sum, row) => sum + row.licensed, 0);
		const asOf = product.latestReportDate ?? services[0]?.asOf;
		if (asOf) result.asOf[product.name] = asOf;
		const base = { product: product.name, unitPriceCentsPerYear: price };
		if (product.seats.usedSource === 'holders' && services.length > 0 && assigned <= paid) {
			for (const row of services)
				result.inputs.push({
					...base,
					service: row.service,
					seatsPaid: row.licensed,
					seatsActive: row.active
				});
			if (paid > assigned)
				result.inputs.push({ ...base, service: null, seatsPaid: paid - assigned, seatsActive: 0 });
		} else {
			result.inputs.push({ ...base, service: null, seatsPaid: paid, seatsActive: used });
		}
	}
	return result;
}

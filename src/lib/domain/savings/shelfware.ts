/**
 * Shelfware: licences paid for but not used over the report period, and what right-sizing them saves.
 * Inputs are counts (seats paid, seats active), so usage reports with concealed user names (Microsoft 365
 * "noms masqués") work the same: no name is needed, only how many distinct users were active.
 */
import type { Cents } from '../money';

export interface SeatUsageInput {
	product: string;
	/** Department or service; null when the report has no such column. */
	service: string | null;
	seatsPaid: number;
	/** Distinct users active at least once over the report period. */
	seatsActive: number;
	unitPriceCentsPerYear: Cents;
}

export interface ShelfwareRow {
	product: string;
	/** null on product totals (all services pooled). */
	service: string | null;
	seatsPaid: number;
	seatsActive: number;
	/** max(0, paid − active). */
	unusedSeats: number;
	/** max(0, active − paid): users without a paid seat (to be checked, never counted as a saving). */
	overAllocatedSeats: number;
	/** active ÷ paid; null when nothing is paid. */
	utilisationRate: number | null;
	/** unused × unit price per year, in cents. */
	annualSavingCents: Cents;
}

export interface ServiceShelfware {
	service: string | null;
	seatsPaid: number;
	seatsActive: number;
	unusedSeats: number;
	annualSavingCents: Cents;
}

export interface ShelfwareReport {
	/** One row per product and service, largest saving first. */
	byProductAndService: ShelfwareRow[];
	/** One row per product, services pooled. */
	byProduct: ShelfwareRow[];
	/** One row per service, summing its product rows (what each service leaves idle), largest first. */
	byService: ServiceShelfware[];
	/** Sum of the pooled product rows: the saving a right-sizing can actually make. */
	totalAnnualSavingCents: Cents;
	totalUnusedSeats: number;
}

function assertCount(value: number, what: string, product: string) {
	if (!Number.isInteger(value) || value < 0) {
		throw new RangeError(`${what} de « ${product} » : entier positif ou nul attendu (reçu ${value}).`);
	}
}

function buildRow(
	product: string,
	service: string | null,
	paid: number,
	active: number,
	price: Cents
): ShelfwareRow {
	const unusedSeats = Math.max(0, paid - active);
	return {
		product,
		service,
		seatsPaid: paid,
		seatsActive: active,
		unusedSeats,
		overAllocatedSeats: Math.max(0, active - paid),
		utilisationRate: paid === 0 ? null : active / paid,
		annualSavingCents: unusedSeats * price
	};
}

interface Accumulator {
	product: string;
	service: string | null;
	paid: number;
	active: number;
	price: Cents;
}

function accumulate(
	groups: Map<string, Accumulator>,
	key: string,
	input: SeatUsageInput,
	service: string | null
) {
	const group = groups.get(key);
	if (group) {
		group.paid += input.seatsPaid;
		group.active += input.seatsActive;
		group.price = Math.min(group.price, input.unitPriceCentsPerYear);
	} else {
		groups.set(key, {
			product: input.product,
			service,
			paid: input.seatsPaid,
			active: input.seatsActive,
			price: input.unitPriceCentsPerYear
		});
	}
}

function summariseServices(pairRows: readonly ShelfwareRow[]): ServiceShelfware[] {
	const services = new Map<string | null, ServiceShelfware>();
	for (const row of pairRows) {
		const total = services.get(row.service) ?? {
			service: row.service,
			seatsPaid: 0,
			seatsActive: 0,
			unusedSeats: 0,
			annualSavingCents: 0
		};
		total.seatsPaid += row.seatsPaid;
		total.seatsActive += row.seatsActive;
		total.unusedSeats += row.unusedSeats;
		total.annualSavingCents += row.annualSavingCents;
		services.set(row.service, total);
	}
	return [...services.values()].sort(
		(a, b) =>
			b.annualSavingCents - a.annualSavingCents || (a.service ?? '').localeCompare(b.service ?? '', 'fr')
	);
}

const bySavingThenName = (a: ShelfwareRow, b: ShelfwareRow) =>
	b.annualSavingCents - a.annualSavingCents ||
	a.product.localeCompare(b.product, 'fr') ||
	(a.service ?? '').localeCompare(b.service ?? '', 'fr');

/**
 * Per product and service: unused = max(0, paid − active), annual saving = unused × unit price (cents per
 * seat per year; multiply a monthly price by 12 before calling). Integer × integer: no rounding.
 * Per product, services are pooled — unused = max(0, Σ paid − Σ active) — because a licence is assigned
 * organisation-wide: a seat idle in one service covers an over-allocation in another. So the product total
 * can be lower than the sum of its service rows, and the report total is the sum of the product rows.
 * Rows repeating a product (and service) are added up; when their prices differ the lowest is used, so the
 * saving is never overstated. Throws a RangeError on a negative or fractional count or price.
 */
export function computeShelfware(inputs: readonly SeatUsageInput[]): ShelfwareReport {
	const byPair = new Map<string, Accumulator>();
	const byProduct = new Map<string, Accumulator>();
	for (const input of inputs) {
		assertCount(input.seatsPaid, 'Postes payés', input.product);
		assertCount(input.seatsActive, 'Postes actifs', input.product);
		assertCount(input.unitPriceCentsPerYear, 'Prix annuel en centimes', input.product);
		accumulate(byPair, JSON.stringify([input.product, input.service]), input, input.service);
		accumulate(byProduct, input.product, input, null);
	}
	const toRows = (groups: Map<string, Accumulator>) =>
		[...groups.values()]
			.map((group) => buildRow(group.product, group.service, group.paid, group.active, group.price))
			.sort(bySavingThenName);
	const productRows = toRows(byProduct);
	const pairRows = toRows(byPair);
	return {
		byProductAndService: pairRows,
		byProduct: productRows,
		byService: summariseServices(pairRows),
		totalAnnualSavingCents: productRows.reduce((sum, row) => sum + row.annualSavingCents, 0),
		totalUnusedSeats: productRows.reduce((sum, row) => sum + row.unusedSeats, 0)
	};
}

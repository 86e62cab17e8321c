/**
 * Paid seats over time, read from dated invoice lines: what was bought, and what later invoices and credit
 * notes cancelled. Pure.
 *
 * - a line counts for the year of its date (invoice date, else start of term);
 * - a credit note (negative amount) removes its seats: its seat count is taken as a cancellation whatever
 *   its sign in the file, since suppliers write "2 licences résiliées" as a positive quantity;
 * - a monthly-billed product repeats its seat count on every invoice: its seats for the year are those of
 *   the year's latest monthly line, never the sum of twelve invoices.
 */
import { compareIso } from '../dashboard/dates';
import type { Cents } from '../money';

export interface SeatLine {
	productId: number;
	/** Invoice date, else the start of term (yyyy-mm-dd). */
	date: string;
	seats: number;
	amountCents: Cents;
	billingPeriod: 'monthly' | 'annual' | 'multi-year' | 'one-off' | null;
}

export interface SeatYear {
	year: number;
	/** Seats bought during the year (positive lines). */
	boughtSeats: number;
	/** Seats credited back during the year (credit notes). */
	cancelledSeats: number;
	/** bought − cancelled: what the organisation pays for at the year's end. */
	netSeats: number;
	/** Spend of the year's purchase lines (credit notes left out), in the caller's unit (TTC cents here). */
	boughtCents: Cents;
	/** Spend of the year's lines carrying seats, credit notes included. */
	netCents: Cents;
}

export interface SeatEvent {
	date: string;
	/** Seats added (> 0) or cancelled (< 0) by the line. */
	change: number;
	/** Seats paid after the line, within its year. */
	seatsAfter: number;
}

export interface ProductSeatHistory {
	productId: number;
	years: SeatYear[];
	events: SeatEvent[];
}

function isCredit(line: SeatLine): boolean {
	return line.amountCents < 0;
}

/**
 * Per product, the seats of each year and the dated events (purchases and cancellations), sorted by date.
 * Lines without seats or without a date are left out: they say nothing about seats.
 */
export function computeSeatHistories(lines: readonly SeatLine[]): ProductSeatHistory[] {
	const byProduct = new Map<number, SeatLine[]>();
	for (const line of lines) {
		if (!line.seats || !line.date) continue;
		const list = byProduct.get(line.productId) ?? [];
		list.push(line);
		byProduct.set(line.productId, list);
	}
	const histories: ProductSeatHistory[] = [];
	for (const [productId, productLines] of byProduct) {
		const sorted = [...productLines].sort((a, b) => compareIso(a.date, b.date));
		const years = new Map<number, SeatYear>();
		const events: SeatEvent[] = [];
		for (const line of sorted) {
			const year = Number(line.date.slice(0, 4));
			const y = years.get(year) ?? {
				year,
				boughtSeats: 0,
				cancelledSeats: 0,
				netSeats: 0,
				boughtCents: 0,
				netCents: 0
			};
			const seats = Math.abs(line.seats);
			const before = y.netSeats;
			if (isCredit(line)) y.cancelledSeats += seats;
			else if (line.billingPeriod === 'monthly') y.boughtSeats = seats + y.cancelledSeats;
			else y.boughtSeats += seats;
			y.netSeats = y.boughtSeats - y.cancelledSeats;
			y.netCents += line.amountCents;
			if (!isCredit(line)) y.boughtCents += line.amountCents;
			years.set(year, y);
			events.push({ date: line.date, change: y.netSeats - before, seatsAfter: y.netSeats });
		}
		histories.push({
			productId,
			years: [...years.values()].sort((a, b) => a.year - b.year),
			events: events.filter((e) => e.change !== 0 || events.length === 1)
		});
	}
	return histories.sort((a, b) => a.productId - b.productId);
}

export interface CancelledSeats {
	productId: number;
	year: number;
	/** Seats bought in the product's first year (before any credit note): the starting point. */
	baselineSeats: number;
	/** max(0, baseline − net seats of the year): seats no longer paid for. */
	cancelledSeats: number;
	/** Price of one seat in the first year: round(first-year bought spend ÷ bought seats), in cents. */
	unitCents: Cents;
	/** cancelled × unit price, in cents: the saving of the year. */
	savingCents: Cents;
}

/**
 * Realised savings from cancelled licences, for each product and each year in `years` from the product's
 * first year on: saving_y = max(0, bought seats of the first year − net seats of year y) × first-year unit
 * price. A year with no line at all for the product counts as fully cancelled, so pass only years the
 * organisation has imported invoices for. The first-year price keeps a price rise from looking like a
 * saving (or a loss): only seats count.
 */
export function computeCancelledSeats(
	histories: readonly ProductSeatHistory[],
	years: readonly number[]
): CancelledSeats[] {
	const rows: CancelledSeats[] = [];
	for (const history of histories) {
		const first = history.years[0];
		if (!first || first.boughtSeats <= 0) continue;
		const unitCents = Math.round(first.boughtCents / first.boughtSeats);
		for (const year of [...years].sort((a, b) => a - b)) {
			if (year < first.year) continue;
			const net = history.years.find((y) => y.year === year)?.netSeats ?? 0;
			const cancelledSeats = Math.max(0, first.boughtSeats - net);
			rows.push({
				productId: history.productId,
				year,
				baselineSeats: first.boughtSeats,
				cancelledSeats,
				unitCents,
				savingCents: cancelledSeats * unitCents
			});
		}
	}
	return rows;
}

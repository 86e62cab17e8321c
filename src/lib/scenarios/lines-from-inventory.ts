/**
 * Scenario lines built from the organisation's own data: one line per proprietary product of the
 * inventory that the catalogue knows, with the seats it pays for and the price it actually pays.
 * Pure: the caller passes the inventory (services/inventory.ts) and the organisation's catalogue.
 */
import type { Catalogue, CatalogueEntry, SeatUnit } from '../domain/catalogue';
import type { Cents } from '../domain/money';
import { computeYearlyUnitPrice, type ScenarioLine } from '../domain/savings';
import { defaultChoice, labelLine, resolveChoice, sumAlternativeCosts } from './alternative-bundle';

/** The inventory fields used here (structurally compatible with services/inventory.ts InventoryProduct). */
export interface InventoryProductInput {
	productId: number;
	name: string;
	licenceModel: 'open-source' | 'proprietary' | null;
	catalogueId: string | null;
	spendCents: number;
	seats: {
		paid: number | null;
		paidSource: 'invoice' | 'subscription' | 'licence-list' | null;
		used: number | null;
	};
}

export interface InventoryInput {
	year: number | null;
	basis: 'invoice' | 'accounting' | null;
	products: InventoryProductInput[];
}

/** What the data said when a line was built: shown next to the line's figures as their source. */
export interface LineEvidence {
	lineId: string;
	productId: number;
	productName: string;
	catalogueId: string;
	seatUnit: SeatUnit;
	seats: number;
	/** null when no file gives a seat count (a site counts as 1). */
	seatsPaid: number | null;
	paidSource: InventoryProductInput['seats']['paidSource'];
	seatsUsed: number | null;
	spendCents: Cents;
	year: number | null;
	basis: InventoryInput['basis'];
	unitPriceCentsPerYear: Cents;
	/** 'spend': spend ÷ seats of the imported files; 'catalogue': the catalogue's list price. */
	priceFrom: 'spend' | 'catalogue';
	/** Years of the catalogue's price schedule already past at year 1 (Windows 10 ESU). */
	scheduleShift: number;
	priceScheduleCentsPerSeat: Cents[] | null;
}

export type SkipReason = 'no-catalogue-entry' | 'no-seats';

export interface SkippedProduct {
	productId: number;
	name: string;
	spendCents: Cents;
	reason: SkipReason;
}

export interface LinesFromInventory {
	lines: ScenarioLine[];
	evidence: LineEvidence[];
	skipped: SkippedProduct[];
	/** Calendar year of the horizon's year 1: the year after the data year (null without data). */
	firstCalendarYear: number | null;
}

/**
 * A price schedule as seen from year 1 of the horizon, which is the year after the data year: the years
 * already past since the end of support are dropped (shift = data year + 1 − end-of-support year), and
 * when the organisation's own price is known, every year is scaled by (paid price ÷ the schedule's price
 * of the data year), so the schedule keeps its shape (ESU doubles every year) at the price really paid.
 */
export function shiftSchedule(schedule: readonly Cents[], shift: number, paidPrice: Cents | null): Cents[] {
	const reference = schedule[shift - 1];
	const ratio = paidPrice !== null && reference !== undefined && reference > 0 ? paidPrice / reference : 1;
	return schedule.slice(Math.max(0, shift)).map((cents) => Math.round(cents * ratio));
}

function computeShift(entry: CatalogueEntry, year: number | null): number {
	if (!entry.endOfSupportDate || year === null) return 0;
	return Math.max(0, year + 1 - Number(entry.endOfSupportDate.slice(0, 4)));
}

function uniqueId(base: string, productId: number, used: Set<string>): string {
	const id = used.has(base) ? `${base}-${productId}` : base;
	used.add(id);
	return id;
}

/**
 * One line per product that is not open source, has a catalogue entry and something to save:
 * - seats = seats paid (invoice, else subscription, else licence list); a site-based product counts 1 site;
 * - unit price = spend of the year ÷ seats (TTC cents, what the organisation pays), else the catalogue's
 *   yearly list price; a price schedule (ESU) is shifted to year 1 and scaled to the price paid;
 * - alternative = the bundle for a suite, else the entry's first alternative, with their summed costs;
 * - avoided hardware = the entry's forced renewal per seat-year.
 * Products paid for but unknown to the catalogue, or priced per user without a seat count, are listed in
 * `skipped`. Products with neither spend nor seats are left out silently (nothing to save).
 */
export function buildLinesFromInventory(inventory: InventoryInput, catalogue: Catalogue): LinesFromInventory {
	const lines: ScenarioLine[] = [];
	const evidence: LineEvidence[] = [];
	const skipped: SkippedProduct[] = [];
	const used = new Set<string>();
	for (const product of inventory.products) {
		if (product.licenceModel === 'open-source') continue;
		const paid = product.seats.paid;
		const hasCost = product.spendCents > 0 || (paid ?? 0) > 0;
		const entry = catalogue.entries.find((candidate) => candidate.id === product.catalogueId);
		if (!entry) {
			if (product.spendCents > 0) skipped.push({ ...pick(product), reason: 'no-catalogue-entry' });
			continue;
		}
		if (!hasCost) continue;
		const seats = entry.seatUnit === 'site' ? (paid ?? 1) : paid;
		if (seats === null || seats === 0) {
			skipped.push({ ...pick(product), reason: 'no-seats' });
			continue;
		}
		const fromSpend = product.spendCents > 0;
		const unitPrice = fromSpend ? Math.round(product.spendCents / seats) : computeYearlyUnitPrice(entry);
		const shift = computeShift(entry, inventory.year);
		const schedule = entry.priceScheduleCentsPerYear
			? shiftSchedule(entry.priceScheduleCentsPerYear.value, shift, fromSpend ? unitPrice : null)
			: null;
		const alternatives = resolveChoice(entry, catalogue, defaultChoice(entry, catalogue));
		const costs = sumAlternativeCosts(alternatives);
		const id = uniqueId(entry.id, product.productId, used);
		lines.push({
			id,
			label: labelLine(product.name, alternatives),
			catalogueId: entry.id,
			alternativeId: alternatives[0]?.id ?? null,
			seats,
			unitPriceCentsPerYear: unitPrice,
			priceScheduleCentsPerSeat: schedule,
			...costs,
			hardwareCentsPerSeatYear: entry.forcedHardwareCentsPerSeatYear?.value ?? 0,
			// Without any alternative no switching cost is known: the line stays whole on the proprietary side.
			residualShare: alternatives.length === 0 ? 1 : null
		});
		evidence.push({
			lineId: id,
			productId: product.productId,
			productName: product.name,
			catalogueId: entry.id,
			seatUnit: entry.seatUnit,
			seats,
			seatsPaid: paid,
			paidSource: product.seats.paidSource,
			seatsUsed: product.seats.used,
			spendCents: product.spendCents,
			year: inventory.year,
			basis: inventory.basis,
			unitPriceCentsPerYear: unitPrice,
			priceFrom: fromSpend ? 'spend' : 'catalogue',
			scheduleShift: shift,
			priceScheduleCentsPerSeat: schedule
		});
	}
	return {
		lines,
		evidence,
		skipped,
		firstCalendarYear: inventory.year === null ? null : inventory.year + 1
	};
}

function pick(product: InventoryProductInput) {
	return { productId: product.productId, name: product.name, spendCents: product.spendCents };
}

/**
 * The renewal calendar: contract terms ending within the next months, and the saving at stake if a term is
 * not renewed. Pure; "today" is passed in.
 *
 * - only lines billed per term (annual or multi-year) with a term end count; monthly usage billing and
 *   one-off purchases have nothing to renew;
 * - per product, the latest term is the one with the latest end; its lines (credit notes included, e.g.
 *   2 Acrobat seats credited until the same end) give the amount of the term;
 * - a term already over with no later invoice is presumed tacitly renewed for the same length (French public
 *   contracts commonly renew by "reconduction tacite"): its next end is shown, flagged as presumed;
 * - saving at stake = the term's amount × 12 ÷ term length in months: what a year of the product costs.
 */
import type { Cents } from '../money';
import { addMonths, compareIso, daysBetween } from '../dashboard/dates';

export interface TermLine {
	lineId: number;
	productId: number | null;
	product: string;
	vendor: string | null;
	billingPeriod: 'monthly' | 'annual' | 'multi-year' | 'one-off' | null;
	termStart: string | null;
	termEnd: string | null;
	amountCents: Cents;
}

export interface Renewal {
	productId: number | null;
	product: string;
	vendor: string | null;
	/** End of the latest invoiced term. */
	termEnd: string;
	/** The end that falls in the window: termEnd, or a later presumed one. */
	renewalDate: string;
	presumed: boolean;
	termMonths: number;
	daysLeft: number;
	/** Net amount of the latest term (credit notes included). */
	amountCents: Cents;
	/** Yearly cost of the product: what not renewing saves each year. */
	annualSavingCents: Cents;
	lineIds: number[];
}

/** Whole months of a term from its start to its (inclusive) end day: 2025-01-01 → 2025-12-31 is 12. */
export function computeTermMonths(termStart: string, termEnd: string): number {
	const days = daysBetween(termStart, termEnd) + 1;
	return Math.max(1, Math.round(days / 30.4375));
}

/**
 * Renewals whose (possibly presumed) end falls between `today` and `today + windowMonths`, soonest first.
 */
export function computeRenewals(lines: readonly TermLine[], today: string, windowMonths = 12): Renewal[] {
	const horizon = addMonths(today, windowMonths);
	const byProduct = new Map<string, TermLine[]>();
	for (const line of lines) {
		if (!line.termEnd || (line.billingPeriod !== 'annual' && line.billingPeriod !== 'multi-year')) continue;
		const key = line.productId === null ? `label:${line.product}` : `id:${line.productId}`;
		byProduct.set(key, [...(byProduct.get(key) ?? []), line]);
	}
	const renewals: Renewal[] = [];
	for (const productLines of byProduct.values()) {
		const termEnd = productLines.reduce((max, l) => (l.termEnd && l.termEnd > max ? l.termEnd : max), '');
		const term = productLines.filter((l) => l.termEnd === termEnd);
		const main = term.filter((l) => l.termStart).sort((a, b) => b.amountCents - a.amountCents)[0];
		const termMonths = main?.termStart ? computeTermMonths(main.termStart, termEnd) : 12;
		let renewalDate = termEnd;
		for (let k = 1; renewalDate < today; k++) renewalDate = addMonths(termEnd, termMonths * k);
		if (renewalDate > horizon) continue;
		const amountCents = term.reduce((sum, l) => sum + l.amountCents, 0);
		const first = term[0];
		renewals.push({
			productId: first.productId,
			product: first.product,
			vendor: first.vendor,
			termEnd,
			renewalDate,
			presumed: renewalDate !== termEnd,
			termMonths,
			daysLeft: daysBetween(today, renewalDate),
			amountCents,
			annualSavingCents: Math.round((amountCents * 12) / termMonths),
			lineIds: term.map((l) => l.lineId)
		});
	}
	return renewals.sort(
		(a, b) => compareIso(a.renewalDate, b.renewalDate) || a.product.localeCompare(b.product, 'fr')
	);
}

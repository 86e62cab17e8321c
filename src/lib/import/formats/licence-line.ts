/**
 * Mapper of a spend or licence line (invoice lines, hand-made licence lists, custom mappings): amounts in
 * integer cents, seats from a quantity column or from the label ("40 utilisateurs"), billing period from a
 * periodicity column or from the term length.
 */
import type { ImportRecord, LicenceRecord } from '../types';
import { maskEmails } from '../normalise';
import type { MapperEnv, RowMapper } from './profile';
import {
	createKeyDeduper,
	createLicenceRecord,
	extractAccount,
	inferBillingPeriod,
	joinKey,
	splitUnlimited
} from './records';

export interface LicenceLineColumns {
	productName: number;
	vendor: number;
	seats: number;
	unitPrice: number;
	amountExclTax: number;
	tax: number;
	amountInclTax: number;
	date: number;
	termStart: number;
	termEnd: number;
	service: number;
	account: number;
	supplier: number;
	reference: number;
	billing: number;
	/** A period in one cell, read when there is no start or end column. */
	period?: number;
}

/** The words that count seats after a number: "40 utilisateurs", "7 licences", "12 postes". */
const SEAT_UNITS = String.raw`(?:utilisateurs?|util\.?|licences?|postes?|users?|sieges?|sièges?|comptes?|agents?)`;
const SEATS_IN_LABEL = new RegExp(String.raw`(\d{1,6})\s*${SEAT_UNITS}\b`, 'i');

/** Seats written in a label: "Microsoft 365 Business Standard - 40 utilisateurs" → 40. */
export function extractSeatsFromLabel(label: string): number | null {
	const m = SEATS_IN_LABEL.exec(label);
	return m ? Number(m[1]) : null;
}

const SEATS_IN_WORDS = new RegExp(
	String.raw`^\s*(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+)\s*${SEAT_UNITS}\s*$`,
	'i'
);

/** A quantity cell written with its unit, as a whole: "40 licences", "1 200 postes" (not "2 x 20 licences"). */
export function seatsInWords(cell: string): number | null {
	const m = SEATS_IN_WORDS.exec(cell);
	return m ? Number(m[1].replace(/\D/g, '')) : null;
}

/** Billing period from a periodicity cell ("Mensuel", "Annuel", "Pluriannuel", "Ponctuel"…). */
export function parseBillingPeriod(v: string | null): LicenceRecord['billingPeriod'] {
	if (v === null) return null;
	const s = v.toLowerCase();
	if (/mensuel|mois|month/.test(s)) return 'monthly';
	if (/pluri|multi/.test(s)) return 'multi-year';
	if (/annuel|\ban\b|year|annual/.test(s)) return 'annual';
	if (/ponctuel|unique|one|achat/.test(s)) return 'one-off';
	return null;
}

/** Builds the mapper; `c` gives the column of each field (-1 when absent). */
export function createLicenceLineMapper(env: MapperEnv, c: LicenceLineColumns): RowMapper {
	const { read, format } = env;
	const dedupe = createKeyDeduper();
	return (cells: string[], line: number, out: ImportRecord[]) => {
		const label = read.required(cells, c.productName, 'le libellé du produit ou de la prestation');
		const productName = label === null ? null : maskEmails(label);
		// "40 licences" (the whole cell) in the quantity column: the number, as in "40" alone.
		const seatsWords = c.seats >= 0 ? seatsInWords(cells[c.seats] ?? '') : null;
		const seatsCell =
			seatsWords !== null
				? { value: seatsWords, unlimited: false }
				: splitUnlimited(read.count(cells, c.seats));
		const unitPriceCents = read.cents(cells, c.unitPrice);
		const amountExcl = read.cents(cells, c.amountExclTax);
		// Hand-made sheets often give the VAT rate ("20 %") in the VAT column: the amount follows from it.
		const taxIsRate = read.isPercent(cells, c.tax);
		const taxRate = taxIsRate ? read.rate(cells, c.tax) : null;
		const taxCell = taxIsRate ? null : read.cents(cells, c.tax);
		const amountInclTaxCents = read.cents(cells, c.amountInclTax);
		const date = read.date(cells, c.date);
		const term =
			c.termStart < 0 && c.termEnd < 0
				? read.dateRange(cells, c.period ?? -1)
				: { from: read.date(cells, c.termStart), to: read.date(cells, c.termEnd) };
		const termStart = term?.from ?? null;
		const termEnd = term?.to ?? null;
		if (read.failed || productName === null) return;
		const seats = seatsCell.value ?? (c.seats < 0 ? extractSeatsFromLabel(productName) : null);
		// A list with a unit price and a quantity but no total: the total is exact in integer cents.
		const amountExclTaxCents =
			amountExcl ??
			(unitPriceCents !== null && seats !== null && Number.isInteger(seats) ? unitPriceCents * seats : null);
		const taxCents =
			taxCell ??
			(taxRate !== null && amountExclTaxCents !== null
				? Math.round((amountExclTaxCents * taxRate) / 100)
				: null);
		const supplier = read.freeText(cells, c.supplier);
		const reference = read.freeText(cells, c.reference);
		const account = extractAccount(read.text(cells, c.account));
		const day = date ?? termStart;
		if (day !== null) env.state.notePeriod(day, day);
		out.push(
			createLicenceRecord({
				key: dedupe(
					joinKey(
						format,
						supplier,
						reference,
						productName,
						date,
						amountExclTaxCents ?? amountInclTaxCents,
						account
					)
				),
				line,
				productName,
				vendor: read.freeText(cells, c.vendor),
				seats,
				unitPriceCents,
				amountExclTaxCents,
				taxCents,
				amountInclTaxCents,
				billingPeriod:
					parseBillingPeriod(read.text(cells, c.billing)) ?? inferBillingPeriod(termStart, termEnd),
				date,
				termStart,
				termEnd,
				service: read.freeText(cells, c.service),
				account,
				supplier,
				reference,
				...(seatsCell.unlimited ? { seatsUnlimited: true } : {})
			})
		);
	};
}

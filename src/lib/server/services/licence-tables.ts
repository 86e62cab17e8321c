/**
 * The finance officers' detail tables, described once (TableSpec) for the page and the CSV download:
 * spend by vendor / product / service / year, licence lines with their source file and line, seats paid vs
 * used per product and per service, renewals. Labels come from the caller's message catalogue.
 */
import { groupSpend, type SpendCell, type SpendDimension } from '../../domain/dashboard/spend-breakdown';
import type { TableSpec } from '../../domain/dashboard/table-spec';
import type { Renewal } from '../../domain/usage/renewals';
import type { Messages } from '../../i18n';
import type { LicenceLineRow } from '../repositories/spend.repository';
import type { InventoryProduct } from './inventory';

export const LICENCE_TABLE_IDS = [
	'vendor',
	'product',
	'service',
	'year',
	'lines',
	'seats',
	'seats-by-service',
	'renewals'
] as const;
export type LicenceTableId = (typeof LICENCE_TABLE_IDS)[number];

/** True when `value` names one of the downloadable tables. */
export function isLicenceTableId(value: string | null): value is LicenceTableId {
	return LICENCE_TABLE_IDS.some((id) => id === value);
}

type Labels = Messages['licences'];

const productLink = (id: number | null) => (id === null ? null : `/produits/${id}`);

const SPEND_TABLES: Record<'vendor' | 'product' | 'service' | 'year', { dimension: SpendDimension }> = {
	vendor: { dimension: 'vendor' },
	product: { dimension: 'product' },
	service: { dimension: 'service' },
	year: { dimension: 'year' }
};

/** Spend grouped by one dimension: label, amount TTC, share, number of lines. */
export function buildSpendTable(
	id: keyof typeof SPEND_TABLES,
	cells: readonly SpendCell[],
	m: Labels
): TableSpec {
	const groups = groupSpend(cells, SPEND_TABLES[id].dimension, m);
	const caption = { vendor: m.byVendor, product: m.byProduct, service: m.byService, year: m.byYear }[id];
	const header = { vendor: m.vendor, product: m.product, service: m.service, year: m.yearHeader }[id];
	return {
		id,
		caption,
		columns: [
			{ label: header, kind: 'text' },
			{ label: m.amount, kind: 'cents' },
			{ label: m.share, kind: 'ratio' },
			{ label: m.lines, kind: 'count' }
		],
		rows: groups.map((g) => [g.label, g.cents, g.share, g.lines]),
		links: id === 'product' ? groups.map((g) => productLink(g.productId)) : undefined
	};
}

/** Licence lines, each with the file and line it was read from. */
export function buildLinesTable(lines: readonly LicenceLineRow[], m: Labels): TableSpec {
	const kinds = new Map<string, string>(Object.entries(m.kinds));
	return {
		id: 'lines',
		caption: m.linesTitle,
		columns: [
			{ label: m.product, kind: 'text' },
			{ label: m.date, kind: 'date' },
			{ label: m.kind, kind: 'text' },
			{ label: m.label, kind: 'text' },
			{ label: m.supplier, kind: 'text' },
			{ label: m.service, kind: 'text' },
			{ label: m.account, kind: 'text' },
			{ label: m.seats, kind: 'count' },
			{ label: m.amountHt, kind: 'cents' },
			{ label: m.amount, kind: 'cents' },
			{ label: m.termStart, kind: 'date' },
			{ label: m.termEnd, kind: 'date' },
			{ label: m.file, kind: 'text' },
			{ label: m.fileLine, kind: 'count' },
			{ label: m.excluded, kind: 'text' }
		],
		rows: lines.map((l) => [
			l.product ?? m.unclassified,
			l.date,
			kinds.get(l.sourceKind) ?? l.sourceKind,
			l.label,
			l.supplier,
			l.service,
			l.account,
			l.seats,
			l.amountExclTaxCents,
			l.amountInclTaxCents,
			l.termStart,
			l.termEnd,
			l.fileName,
			l.sourceLine,
			l.excluded ? m.yes : ''
		]),
		links: lines.map((l) => productLink(l.productId))
	};
}

/** Seats paid vs used per product (products with paid seats), with the yearly cost of the unused ones. */
export function buildSeatsTable(products: readonly InventoryProduct[], m: Labels): TableSpec {
	const sources = new Map<string, string>(Object.entries(m.paidSources));
	const withSeats = products.filter((p) => p.seats.paid !== null);
	return {
		id: 'seats',
		caption: m.seatsTitle,
		columns: [
			{ label: m.product, kind: 'text' },
			{ label: m.paid, kind: 'count' },
			{ label: m.paidSource, kind: 'text' },
			{ label: m.used, kind: 'count' },
			{ label: m.unused, kind: 'count' },
			{ label: m.unusedCost, kind: 'cents' }
		],
		rows: withSeats.map((p) => [
			p.name,
			p.seats.paid,
			sources.get(p.seats.paidSource ?? '') ?? m.unknown,
			p.seats.used,
			p.seats.unused,
			p.seats.unused !== null && p.seats.paid
				? Math.round((p.seats.unused * p.spendCents) / p.seats.paid)
				: null
		]),
		links: withSeats.map((p) => productLink(p.productId))
	};
}

/** Licence holders and active holders per product and service (seat_usage). */
export function buildSeatsByServiceTable(
	rows: readonly { productId: number; service: string; licensed: number; active: number; asOf: string }[],
	names: ReadonlyMap<number, string>,
	m: Labels
): TableSpec {
	return {
		id: 'seats-by-service',
		caption: m.seatsByServiceTitle,
		columns: [
			{ label: m.product, kind: 'text' },
			{ label: m.service, kind: 'text' },
			{ label: m.licensed, kind: 'count' },
			{ label: m.active, kind: 'count' },
			{ label: m.asOf, kind: 'date' }
		],
		rows: rows.map((r) => [
			names.get(r.productId) ?? '',
			r.service || m.noService,
			r.licensed,
			r.asOf ? r.active : null,
			r.asOf || null
		]),
		links: rows.map((r) => productLink(r.productId))
	};
}

/** Terms ending within the window, with the yearly saving at stake. */
export function buildRenewalsTable(renewals: readonly Renewal[], m: Labels): TableSpec {
	return {
		id: 'renewals',
		caption: m.renewalsTitle,
		columns: [
			{ label: m.product, kind: 'text' },
			{ label: m.vendor, kind: 'text' },
			{ label: m.renewalDate, kind: 'date' },
			{ label: m.presumed, kind: 'text' },
			{ label: m.termEndInvoiced, kind: 'date' },
			{ label: m.daysLeft, kind: 'count' },
			{ label: m.termMonths, kind: 'count' },
			{ label: m.savingAtStake, kind: 'cents' }
		],
		rows: renewals.map((r) => [
			r.product,
			r.vendor,
			r.renewalDate,
			r.presumed ? m.yes : '',
			r.termEnd,
			r.daysLeft,
			r.termMonths,
			r.annualSavingCents
		]),
		links: renewals.map((r) => productLink(r.productId))
	};
}

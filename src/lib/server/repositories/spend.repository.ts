import { and, count, eq, sql, sum } from 'drizzle-orm';
import type { Db } from '../db';
import { imports, licenceLines, products } from '../db/schema';
import type { SpendCell } from '../../domain/dashboard/spend-breakdown';
import type { SeatLine } from '../../domain/usage/paid-seats';
import type { TermLine } from '../../domain/usage/renewals';

export type SpendBasis = 'invoice' | 'accounting';

/** Spend of one year and source kind by licence model (null: not classified). */
export interface YearModelSpend {
	year: number;
	sourceKind: SpendBasis;
	licenceModel: 'open-source' | 'proprietary' | null;
	cents: number;
	lines: number;
}

export interface SpendCellRow extends SpendCell {
	sourceKind: SpendBasis;
}

/** One licence line as the finance officer sees it, with the file and line it was read from. */
export interface LicenceLineRow {
	id: number;
	year: number | null;
	date: string | null;
	sourceKind: string;
	productId: number | null;
	product: string | null;
	vendor: string | null;
	label: string;
	supplier: string | null;
	service: string | null;
	account: string | null;
	reference: string | null;
	seats: number | null;
	amountExclTaxCents: number | null;
	amountInclTaxCents: number | null;
	termStart: string | null;
	termEnd: string | null;
	fileName: string | null;
	sourceLine: number | null;
	excluded: boolean;
}

export interface SpendRow {
	vendor: string | null;
	product: string | null;
	licenceModel: string | null;
	cents: number;
	lines: number;
}

/** The year a line counts for: its invoice/mandat date, else the start of its term. */
const lineYear = sql<string>`substr(coalesce(${licenceLines.date}, ${licenceLines.termStart}), 1, 4)`;

export function createSpendRepository(db: Db) {
	const sqlite = db.$client;
	return {
		/** Years with spend lines of the given kind, most recent first. */
		listYears(orgId: number, sourceKind: 'invoice' | 'accounting'): number[] {
			return db
				.selectDistinct({ year: lineYear })
				.from(licenceLines)
				.where(and(eq(licenceLines.orgId, orgId), eq(licenceLines.sourceKind, sourceKind)))
				.all()
				.map((r) => Number(r.year))
				.filter((y) => Number.isInteger(y))
				.sort((a, b) => b - a);
		},

		/** Spend (TTC, credit notes included) per product for one year and source kind; excluded SKUs left out. */
		spendByProduct(orgId: number, year: number, sourceKind: 'invoice' | 'accounting'): SpendRow[] {
			return db
				.select({
					vendor: products.vendor,
					product: products.name,
					licenceModel: products.licenceModel,
					cents: sql<number>`cast(${sum(licenceLines.amountInclTaxCents)} as integer)`,
					lines: count()
				})
				.from(licenceLines)
				.leftJoin(products, eq(products.id, licenceLines.productId))
				.where(
					and(
						eq(licenceLines.orgId, orgId),
						eq(licenceLines.sourceKind, sourceKind),
						eq(licenceLines.excluded, false),
						eq(lineYear, String(year))
					)
				)
				.groupBy(licenceLines.productId)
				.all();
		},

		/**
		 * Spend per year, source kind and licence model, excluded SKUs left out: the basis of the spend key figures
		 * and their trend (one grouped scan of the organisation's lines).
		 */
		spendByYearAndModel(orgId: number): YearModelSpend[] {
			return sqlite
				.prepare(
					`select cast(substr(coalesce(l.date, l.term_start), 1, 4) as integer) as year, l.source_kind as sourceKind,
					  p.licence_model as licenceModel, coalesce(sum(l.amount_incl_tax_cents), 0) as cents, count(*) as lines
					 from licence_lines l left join products p on p.id = l.product_id
					 where l.org_id = ? and l.source_kind in ('invoice', 'accounting') and l.excluded = 0
					  and coalesce(l.date, l.term_start) is not null
					 group by 1, 2, 3`
				)
				.all(orgId) as YearModelSpend[];
		},

		/** Spend grouped by year, source kind, vendor, product and service (cost centre), excluded SKUs left out. */
		listSpendCells(orgId: number): SpendCellRow[] {
			return sqlite
				.prepare(
					`select cast(substr(coalesce(l.date, l.term_start), 1, 4) as integer) as year, l.source_kind as sourceKind,
					  p.vendor as vendor, l.product_id as productId, p.name as product, nullif(l.service, '') as service,
					  coalesce(sum(l.amount_incl_tax_cents), 0) as cents, count(*) as lines
					 from licence_lines l left join products p on p.id = l.product_id
					 where l.org_id = ? and l.source_kind in ('invoice', 'accounting') and l.excluded = 0
					  and coalesce(l.date, l.term_start) is not null
					 group by 1, 2, l.product_id, nullif(l.service, '')`
				)
				.all(orgId) as SpendCellRow[];
		},

		/** Licence lines with their source file and line, newest first; `year` filters on the line's year. */
		listLines(
			orgId: number,
			options: { year?: number | null; limit?: number; offset?: number } = {}
		): LicenceLineRow[] {
			const rows = sqlite
				.prepare(
					`select l.id, cast(substr(coalesce(l.date, l.term_start), 1, 4) as integer) as year, l.date,
					  l.source_kind as sourceKind, l.product_id as productId, p.name as product, p.vendor, l.label, l.supplier,
					  l.service, l.account, l.reference, l.seats, l.amount_excl_tax_cents as amountExclTaxCents,
					  l.amount_incl_tax_cents as amountInclTaxCents, l.term_start as termStart, l.term_end as termEnd,
					  i.file_name as fileName, l.source_line as sourceLine, l.excluded
					 from licence_lines l left join products p on p.id = l.product_id left join imports i on i.id = l.import_id
					 where l.org_id = @orgId and (@year is null or substr(coalesce(l.date, l.term_start), 1, 4) = @yearText)
					 order by coalesce(l.date, l.term_start) desc, l.id desc limit @limit offset @offset`
				)
				.all({
					orgId,
					year: options.year ?? null,
					yearText: options.year == null ? null : String(options.year),
					limit: options.limit ?? -1,
					offset: options.offset ?? 0
				}) as (Omit<LicenceLineRow, 'excluded'> & { excluded: number })[];
			return rows.map((r) => ({ ...r, excluded: r.excluded === 1 }));
		},

		/** How many licence lines a year (or every year) has, for paging. */
		countLines(orgId: number, year?: number | null): number {
			return sqlite
				.prepare(
					`select count(*) from licence_lines where org_id = @orgId
					 and (@year is null or substr(coalesce(date, term_start), 1, 4) = @year)`
				)
				.pluck()
				.get({ orgId, year: year == null ? null : String(year) }) as number;
		},

		/** Invoice and contract lines carrying seats, for the paid-seats history (credit notes included). */
		listSeatLines(orgId: number): SeatLine[] {
			return sqlite
				.prepare(
					`select product_id as productId, coalesce(date, term_start) as date, seats,
					  coalesce(amount_incl_tax_cents, 0) as amountCents, billing_period as billingPeriod
					 from licence_lines where org_id = ? and source_kind in ('invoice', 'contract') and excluded = 0
					  and product_id is not null and seats is not null and coalesce(date, term_start) is not null`
				)
				.all(orgId) as SeatLine[];
		},

		/** Lines billed per term with a term end: the renewal calendar's input. */
		listTermLines(orgId: number): TermLine[] {
			return sqlite
				.prepare(
					`select l.id as lineId, l.product_id as productId, coalesce(p.name, l.label) as product, p.vendor,
					  l.billing_period as billingPeriod, l.term_start as termStart, l.term_end as termEnd,
					  coalesce(l.amount_incl_tax_cents, 0) as amountCents
					 from licence_lines l left join products p on p.id = l.product_id
					 where l.org_id = ? and l.source_kind in ('invoice', 'contract') and l.excluded = 0
					  and l.term_end is not null and l.billing_period in ('annual', 'multi-year')`
				)
				.all(orgId) as TermLine[];
		},

		/** How many imported files (not undone) stand behind the figures. */
		countActiveImports(orgId: number): number {
			return (
				db
					.select({ n: count() })
					.from(imports)
					.where(and(eq(imports.orgId, orgId), eq(imports.status, 'imported')))
					.get()?.n ?? 0
			);
		}
	};
}

/**
 * Per-product figures for one organisation, read from the pre-computed tables and licence lines only (never
 * the raw per-agent usage facts), so every page that needs them stays fast on a large commune.
 */
import type { Db } from '../db';

export interface ProductRow {
	productId: number;
	name: string;
	vendor: string | null;
	vendorCountry: string | null;
	category: string;
	licenceModel: 'open-source' | 'proprietary' | null;
	spdxId: string | null;
	hosting: 'on-premises' | 'eu-cloud' | 'secnumcloud' | 'non-eu-cloud' | null;
	openFormats: boolean | null;
	catalogueId: string | null;
	/** TTC spend of the year on invoices (or mandats when the year has no invoice), credit notes included. */
	spendCents: number;
	invoicedSeats: number | null;
	subscribedSeats: number | null;
	subscribedAssigned: number | null;
	licensedAgents: number | null;
	activeHolders: number | null;
	activeAgents: number | null;
	latestReportDate: string | null;
	installations: number | null;
}

export function createInventoryRepository(db: Db) {
	const sqlite = db.$client;
	return {
		/** Every product of the organisation with its figures for the year and spend basis given. */
		listProducts(orgId: number, year: number | null, basis: 'invoice' | 'accounting' | null): ProductRow[] {
			const rows = sqlite
				.prepare(
					`with spend as (
					  select product_id, sum(amount_incl_tax_cents) as cents,
					   -- a credit note gives seats back: its quantity counts against the invoiced seats
					   sum(case when amount_incl_tax_cents < 0 then -abs(seats) else seats end) as seats from licence_lines
					  where org_id = @orgId and source_kind = @basis and excluded = 0
					   and substr(coalesce(date, term_start), 1, 4) = @year group by product_id),
					 subs as (
					  select product_id, sum(seats) as seats, sum(seats_assigned) as assigned from licence_lines
					  where org_id = @orgId and source_kind = 'subscription' and excluded = 0 group by product_id),
					 holders as (
					  select product_id, sum(licensed_agents) as licensed,
					   case when max(as_of) = '' then null else sum(active_agents) end as active
					  from seat_usage where org_id = @orgId group by product_id),
					 latest as (
					  select product_id, max(report_date) as d from usage_aggregates
					  where org_id = @orgId and report_date <> '' group by product_id),
					 usage as (
					  select a.product_id, sum(a.active_agents) as active, l.d from usage_aggregates a
					  join latest l on l.product_id = a.product_id and l.d = a.report_date
					  where a.org_id = @orgId group by a.product_id),
					 installs as (
					  select product_id, sum(installations) as n from inventory_lines where org_id = @orgId group by product_id)
					 select p.id as productId, p.name, p.vendor, p.vendor_country as vendorCountry, p.category,
					  p.licence_model as licenceModel, p.spdx_id as spdxId, p.hosting, p.open_formats as openFormats,
					  p.catalogue_id as catalogueId, coalesce(spend.cents, 0) as spendCents, spend.seats as invoicedSeats,
					  subs.seats as subscribedSeats, subs.assigned as subscribedAssigned, holders.licensed as licensedAgents,
					  holders.active as activeHolders, usage.active as activeAgents, usage.d as latestReportDate,
					  installs.n as installations
					 from products p left join spend on spend.product_id = p.id left join subs on subs.product_id = p.id
					  left join holders on holders.product_id = p.id left join usage on usage.product_id = p.id
					  left join installs on installs.product_id = p.id
					 where p.org_id = @orgId
					 order by coalesce(spend.cents, 0) desc, p.name`
				)
				.all({ orgId, year: year === null ? null : String(year), basis }) as (Omit<
				ProductRow,
				'openFormats'
			> & {
				openFormats: number | null;
			})[];
			return rows.map((r) => ({ ...r, openFormats: r.openFormats === null ? null : r.openFormats === 1 }));
		},

		/** Seat usage per product and service (licence holders, active), for breakdowns. */
		listSeatUsageByService(orgId: number) {
			return sqlite
				.prepare(
					`select product_id as productId, service, licensed_agents as licensed, active_agents as active, as_of as asOf
					 from seat_usage where org_id = ? order by product_id, service`
				)
				.all(orgId) as {
				productId: number;
				service: string;
				licensed: number;
				active: number;
				asOf: string;
			}[];
		}
	};
}

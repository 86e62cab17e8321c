/**
 * What the progress and dashboard pages read besides spend: dated usage aggregates, product families,
 * indicator snapshots and the per-organisation totals of peer comparison. Pre-computed tables only (never
 * the raw per-agent usage facts), so the pages stay fast on a large commune.
 */
import type { Db } from '../db';
import type { ProductSide, UsagePoint } from '../../domain/usage/adoption';

export interface ProductFamilyRow extends ProductSide {
	name: string;
	catalogueId: string | null;
}

export interface SnapshotPoint {
	asOf: string;
	indicatorId: string;
	value: number | null;
}

export interface OrgSpendRow {
	orgId: number;
	agentCount: number | null;
	year: number;
	sourceKind: 'invoice' | 'accounting';
	licenceModel: 'open-source' | 'proprietary' | null;
	cents: number;
	lines: number;
}

export function createProgressRepository(db: Db) {
	const sqlite = db.$client;
	return {
		/** Active agents per product, service and report date (dated reports only). */
		listUsagePoints(orgId: number): UsagePoint[] {
			return sqlite
				.prepare(
					`select product_id as productId, service, report_date as reportDate, agents, active_agents as activeAgents
					 from usage_aggregates where org_id = ? and report_date <> ''`
				)
				.all(orgId) as UsagePoint[];
		},

		/** Every product's family (catalogue category), licence model and catalogue id. */
		listProductFamilies(orgId: number): ProductFamilyRow[] {
			return sqlite
				.prepare(
					`select id as productId, name, category as family, licence_model as licenceModel, catalogue_id as catalogueId
					 from products where org_id = ?`
				)
				.all(orgId) as ProductFamilyRow[];
		},

		/** The latest usage report date, or null when no dated report was imported. */
		findLatestReportDate(orgId: number): string | null {
			return (
				(sqlite
					.prepare(`select max(report_date) from usage_aggregates where org_id = ? and report_date <> ''`)
					.pluck()
					.get(orgId) as string | null) ?? null
			);
		},

		/**
		 * Snapshot values of the given indicators, decoded (value ÷ 10^scale), the latest snapshot of each data
		 * date first: most recent data date first.
		 */
		listSnapshotPoints(orgId: number, indicatorIds: string[]): SnapshotPoint[] {
			if (indicatorIds.length === 0) return [];
			const rows = sqlite
				.prepare(
					`select as_of as asOf, indicator_id as indicatorId, value, scale
					 from indicator_snapshots where org_id = ? and indicator_id in (${indicatorIds.map(() => '?').join(', ')})
					 order by as_of desc, taken_at desc, id desc`
				)
				.all(orgId, ...indicatorIds) as {
				asOf: string;
				indicatorId: string;
				value: number | null;
				scale: number;
			}[];
			return rows.map((r) => ({
				asOf: r.asOf,
				indicatorId: r.indicatorId,
				value: r.value === null ? null : r.value / 10 ** r.scale
			}));
		},

		/** Spend per organisation, year, source kind and licence model, with each organisation's agent count. */
		listOrgSpend(): OrgSpendRow[] {
			return sqlite
				.prepare(
					`select l.org_id as orgId, o.agent_count as agentCount,
					  cast(substr(coalesce(l.date, l.term_start), 1, 4) as integer) as year, l.source_kind as sourceKind,
					  p.licence_model as licenceModel, coalesce(sum(l.amount_incl_tax_cents), 0) as cents, count(*) as lines
					 from licence_lines l join organisations o on o.id = l.org_id left join products p on p.id = l.product_id
					 where l.source_kind in ('invoice', 'accounting') and l.excluded = 0 and coalesce(l.date, l.term_start) is not null
					 group by l.org_id, 3, 4, 5`
				)
				.all() as OrgSpendRow[];
		},

		/**
		 * A fingerprint of everything the dashboards read for an organisation: imports (added, undone), scenarios,
		 * settings (catalogue, weights, privacy), products, indicator snapshots and the audit log, where every
		 * edit is recorded. Each part is an indexed or per-organisation aggregate: cheap to read on every request.
		 */
		readDataVersion(orgId: number): string {
			return sqlite
				.prepare(
					`select
					  (select coalesce(max(id), 0) || ':' || count(*) || ':' || coalesce(sum(status = 'imported'), 0) from imports where org_id = @orgId)
					  || '|' || (select count(*) || ':' || coalesce(max(coalesce(updated_at, created_at)), '') || ':' || coalesce(sum(is_selected * id), 0) from scenarios where org_id = @orgId)
					  || '|' || (select count(*) || ':' || coalesce(max(created_at), '') from settings where org_id = @orgId)
					  || '|' || (select coalesce(max(id), 0) || ':' || count(*) from products where org_id = @orgId)
					  || '|' || (select coalesce(max(id), 0) from indicator_snapshots where org_id = @orgId)
					  || '|' || coalesce((select id from audit_log where org_id = @orgId order by created_at desc, id desc limit 1), 0)`
				)
				.pluck()
				.get({ orgId }) as string;
		},

		/** How many organisations the instance holds. */
		countOrganisations(): number {
			return sqlite.prepare('select count(*) from organisations').pluck().get() as number;
		}
	};
}

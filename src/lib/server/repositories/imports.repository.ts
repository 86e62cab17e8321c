/**
 * SQL of the import service. The per-row statements are prepared once and run through better-sqlite3
 * directly: a million-row usage file goes through them, and a query builder per row would dominate the cost.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { columnMappings, imports } from '../db/schema';
import type { BudgetRecord, InventoryRecord, LicenceRecord, UsageRecord } from '../../import/types';

export type ImportRow = typeof imports.$inferSelect;
export type NewImportRow = typeof imports.$inferInsert;
export type UpsertOutcome = 'new' | 'updated' | 'unchanged';
export type LicenceSourceKind = 'invoice' | 'accounting' | 'contract' | 'subscription';

export interface ProductInfo {
	name: string;
	vendor: string | null;
	vendorCountry: string | null;
	category: string;
	licenceModel: 'open-source' | 'proprietary' | null;
	spdxId: string | null;
	hosting: 'on-premises' | 'eu-cloud' | 'secnumcloud' | 'non-eu-cloud' | null;
	openFormats: boolean | null;
	catalogueId: string | null;
}

const bool = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

export function createImportsRepository(db: Db) {
	return {
		findImported(orgId: number, sha256: string): ImportRow | undefined {
			return db
				.select()
				.from(imports)
				.where(and(eq(imports.orgId, orgId), eq(imports.sha256, sha256), eq(imports.status, 'imported')))
				.get();
		},
		getById(orgId: number, id: number): ImportRow | undefined {
			return db
				.select()
				.from(imports)
				.where(and(eq(imports.orgId, orgId), eq(imports.id, id)))
				.get();
		},
		list(orgId: number): ImportRow[] {
			return db.select().from(imports).where(eq(imports.orgId, orgId)).orderBy(desc(imports.id)).all();
		},
		findMapping(orgId: number, signature: string): string | undefined {
			return db
				.select({ mapping: columnMappings.mapping })
				.from(columnMappings)
				.where(and(eq(columnMappings.orgId, orgId), eq(columnMappings.signature, signature)))
				.get()?.mapping;
		}
	};
}

/**
 * The statements one import runs inside its transaction. Create it on the connection that holds the
 * transaction; every method is synchronous.
 */
export function createImportWriter(db: Db, orgId: number) {
	const sqlite = db.$client;
	const productIds = new Map<string, number>();
	const findProduct = sqlite.prepare('select id from products where org_id = ? and name = ?').pluck();
	const insertProduct = sqlite.prepare(
		`insert into products (org_id, name, vendor, vendor_country, category, licence_model, spdx_id, hosting,
		 open_formats, catalogue_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`
	);
	const maxId = (table: string) =>
		(sqlite.prepare(`select coalesce(max(id), 0) from ${table}`).pluck().get() as number) ?? 0;
	const outcome = (row: { id: number } | undefined, before: number): UpsertOutcome =>
		row === undefined ? 'unchanged' : row.id > before ? 'new' : 'updated';

	// An upsert that changes nothing returns no row: that is how "unchanged" is told from "updated".
	const licenceBefore = maxId('licence_lines');
	const upsertLicence = sqlite.prepare(
		`insert into licence_lines (org_id, product_id, import_id, row_key, source_line, source_kind, label, sku, seats,
		  seats_assigned, unit_price_cents, amount_excl_tax_cents, tax_cents, amount_incl_tax_cents, billing_period, date,
		  term_start, term_end, service, account, supplier, reference, excluded, status)
		 values (@orgId, @productId, @importId, @key, @line, @sourceKind, @productName, @sku, @seats, @seatsAssigned,
		  @unitPriceCents, @amountExclTaxCents, @taxCents, @amountInclTaxCents, @billingPeriod, @date, @termStart,
		  @termEnd, @service, @account, @supplier, @reference, @excluded, @status)
		 on conflict (org_id, row_key) do update set product_id = excluded.product_id, import_id = excluded.import_id,
		  source_line = excluded.source_line, label = excluded.label, sku = excluded.sku, seats = excluded.seats,
		  seats_assigned = excluded.seats_assigned, unit_price_cents = excluded.unit_price_cents,
		  amount_excl_tax_cents = excluded.amount_excl_tax_cents, tax_cents = excluded.tax_cents,
		  amount_incl_tax_cents = excluded.amount_incl_tax_cents, billing_period = excluded.billing_period,
		  date = excluded.date, term_start = excluded.term_start, term_end = excluded.term_end,
		  service = excluded.service, account = excluded.account, supplier = excluded.supplier,
		  reference = excluded.reference, excluded = excluded.excluded, status = excluded.status
		 where (licence_lines.label, licence_lines.seats, licence_lines.amount_incl_tax_cents,
		  licence_lines.amount_excl_tax_cents, licence_lines.unit_price_cents, licence_lines.date, licence_lines.term_start,
		  licence_lines.term_end, licence_lines.service, licence_lines.account, licence_lines.seats_assigned,
		  licence_lines.status, licence_lines.product_id)
		  is not (excluded.label, excluded.seats, excluded.amount_incl_tax_cents, excluded.amount_excl_tax_cents,
		  excluded.unit_price_cents, excluded.date, excluded.term_start, excluded.term_end, excluded.service,
		  excluded.account, excluded.seats_assigned, excluded.status, excluded.product_id)
		 returning id`
	);
	const usageBefore = maxId('usage_facts');
	const upsertUsage = sqlite.prepare(
		`insert into usage_facts (org_id, product_id, import_id, row_key, agent_key, service, report_date, period_days,
		  last_activity_date, activity_count, active, licensed)
		 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 on conflict (org_id, row_key) do update set import_id = excluded.import_id, service = excluded.service,
		  period_days = excluded.period_days, last_activity_date = excluded.last_activity_date,
		  activity_count = excluded.activity_count, active = excluded.active, licensed = excluded.licensed
		 where (usage_facts.service, usage_facts.period_days, usage_facts.last_activity_date,
		  usage_facts.activity_count, usage_facts.active, usage_facts.licensed)
		  is not (excluded.service, excluded.period_days, excluded.last_activity_date, excluded.activity_count,
		  excluded.active, excluded.licensed)
		 returning id`
	);
	const inventoryBefore = maxId('inventory_lines');
	const upsertInventory = sqlite.prepare(
		`insert into inventory_lines (org_id, product_id, import_id, row_key, source_line, name, vendor, versions,
		  installations, licences, entity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 on conflict (org_id, row_key) do update set import_id = excluded.import_id, source_line = excluded.source_line,
		  versions = excluded.versions, installations = excluded.installations, licences = excluded.licences,
		  entity = excluded.entity
		 where (inventory_lines.versions, inventory_lines.installations, inventory_lines.licences, inventory_lines.entity)
		  is not (excluded.versions, excluded.installations, excluded.licences, excluded.entity)
		 returning id`
	);
	const budgetBefore = maxId('budget_lines');
	const upsertBudget = sqlite.prepare(
		`insert into budget_lines (org_id, import_id, row_key, source_line, year, account, account_label, section,
		  amount_cents, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		 on conflict (org_id, row_key) do update set import_id = excluded.import_id, source_line = excluded.source_line,
		  account_label = excluded.account_label, section = excluded.section, amount_cents = excluded.amount_cents
		 where (budget_lines.account_label, budget_lines.section, budget_lines.amount_cents)
		  is not (excluded.account_label, excluded.section, excluded.amount_cents)
		 returning id`
	);
	const upsertAgent = sqlite.prepare(
		`insert into agents (org_id, agent_key, service, updated_at) values (?, ?, ?, ?)
		 on conflict (org_id, agent_key) do update set service = excluded.service, updated_at = excluded.updated_at
		 where excluded.service is not null and agents.service is not excluded.service`
	);

	return {
		/** Finds or creates the organisation's product of that name (cached for the import's duration). */
		resolveProduct(info: ProductInfo): number {
			const cached = productIds.get(info.name);
			if (cached !== undefined) return cached;
			let id = findProduct.get(orgId, info.name) as number | undefined;
			if (id === undefined) {
				const row = insertProduct.get(
					orgId,
					info.name,
					info.vendor,
					info.vendorCountry,
					info.category,
					info.licenceModel,
					info.spdxId,
					info.hosting,
					bool(info.openFormats),
					info.catalogueId
				) as { id: number };
				id = row.id;
			}
			productIds.set(info.name, id);
			return id;
		},
		licence(r: LicenceRecord, productId: number | null, importId: number, sourceKind: LicenceSourceKind) {
			const row = upsertLicence.get({
				...r,
				orgId,
				productId,
				importId,
				sourceKind,
				excluded: r.excluded ? 1 : 0
			}) as { id: number } | undefined;
			return outcome(row, licenceBefore);
		},
		usage(r: UsageRecord, productId: number, importId: number): UpsertOutcome {
			const row = upsertUsage.get(
				orgId,
				productId,
				importId,
				r.key,
				r.agentKey,
				r.service,
				r.reportDate,
				r.periodDays,
				r.lastActivityDate,
				r.activityCount,
				r.active ? 1 : 0,
				bool(r.licensed)
			) as { id: number } | undefined;
			return outcome(row, usageBefore);
		},
		inventory(r: InventoryRecord, productId: number | null, importId: number): UpsertOutcome {
			const row = upsertInventory.get(
				orgId,
				productId,
				importId,
				r.key,
				r.line,
				r.productName,
				r.vendor,
				r.versions.join(' | '),
				r.installations,
				r.licences,
				r.entity
			) as { id: number } | undefined;
			return outcome(row, inventoryBefore);
		},
		budget(r: BudgetRecord, importId: number): UpsertOutcome {
			const row = upsertBudget.get(
				orgId,
				importId,
				r.key,
				r.line,
				r.year,
				r.account,
				r.accountLabel,
				r.section,
				r.amountCents,
				r.source
			) as { id: number } | undefined;
			return outcome(row, budgetBefore);
		},
		agent(agentKey: string, service: string | null, at: string): void {
			upsertAgent.run(orgId, agentKey, service, at);
		},
		/**
		 * Rebuilds the per product × service × report date counts of the organisation from the raw facts, for
		 * every report date that still has facts; dates whose facts were purged by the retention policy keep
		 * their aggregates. A fact without a service takes the agent's service from the directory.
		 */
		rebuildUsageAggregates(): void {
			sqlite
				.prepare(
					`delete from usage_aggregates where org_id = ? and report_date in
					 (select distinct coalesce(report_date, '') from usage_facts where org_id = ?)`
				)
				.run(orgId, orgId);
			sqlite
				.prepare(
					`insert into usage_aggregates (org_id, product_id, service, report_date, agents, active_agents, licensed_agents)
					 select f.org_id, f.product_id, coalesce(f.service, a.service, ''), coalesce(f.report_date, ''),
					  count(distinct f.agent_key), count(distinct case when f.active then f.agent_key end),
					  count(distinct case when f.licensed then f.agent_key end)
					 from usage_facts f left join agents a on a.org_id = f.org_id and a.agent_key = f.agent_key
					 where f.org_id = ?
					 group by f.product_id, coalesce(f.service, a.service, ''), coalesce(f.report_date, '')`
				)
				.run(orgId);
		},
		/** Drops the aggregates of report dates that no longer have any fact (after an undo). */
		dropOrphanAggregates(reportDates: string[]): void {
			const drop = sqlite.prepare(
				`delete from usage_aggregates where org_id = @orgId and report_date = @date
				 and not exists (select 1 from usage_facts where org_id = @orgId and coalesce(report_date, '') = @date)`
			);
			for (const date of reportDates) drop.run({ orgId, date });
		},
		insertImport(row: NewImportRow): number {
			return (db.insert(imports).values(row).returning({ id: imports.id }).get() as { id: number }).id;
		},
		saveMapping(signature: string, mapping: string): void {
			db.insert(columnMappings)
				.values({ orgId, signature, mapping })
				.onConflictDoUpdate({ target: [columnMappings.orgId, columnMappings.signature], set: { mapping } })
				.run();
		}
	};
}

export type ImportWriter = ReturnType<typeof createImportWriter>;

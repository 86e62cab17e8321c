/**
 * SQL of the import service. The per-row statements are prepared once and run through better-sqlite3
 * directly: a million-row usage file goes through them, and a query builder per row would dominate the cost.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { columnMappings, imports } from '../db/schema';
import type { Statement } from 'better-sqlite3';
import type { BudgetRecord, InventoryRecord, LicenceRecord } from '../../import/types';
import { licensedAt, numberAt, type UsageBatch } from '../../import/usage-batch';
import { PSEUDONYM_LENGTH, pseudonymAt } from '../privacy/pseudonymise';
import { createKeySet, type KeySet } from '../services/key-set';

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
const HEX = /^[0-9a-f]*$/;

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
	// Facts are written 256 rows per statement (a third cheaper than one per row), with the organisation and
	// the import, the same for every row, written into the statement rather than bound 256 times.
	const USAGE_ROWS = 256;
	const USAGE_PARAMS = 9;
	const usageInsert = (importId: number, rows: number) => {
		if (!Number.isSafeInteger(importId)) throw new Error(`import invalide : ${importId}`);
		const row = `(${orgId}, ?, ${importId}, ?, ?, ?, ?, ?, ?, ?, ?)`;
		return sqlite.prepare(
			`insert into usage_facts (org_id, product_id, import_id, agent_key, service, report_date, period_days,
			 last_activity_date, activity_count, active, licensed) values ${Array(rows).fill(row).join(', ')}`
		);
	};
	let usageStatements: { importId: number; full: Statement; one: Statement } | null = null;
	const pendingUsage: unknown[] = [];
	const flushUsage = () => {
		if (usageStatements)
			for (let i = 0; i < pendingUsage.length; i += USAGE_PARAMS)
				usageStatements.one.run(pendingUsage.slice(i, i + USAGE_PARAMS));
		pendingUsage.length = 0;
	};
	/**
	 * Agents already seen in this import, per scope ("product|date"), by a 48-bit prefix of their key (the chance
	 * that two of a million agents share one is below 2e-3, and the cost would be two facts merged into one).
	 */
	const seen = new Map<string, KeySet>();
	const usageScopes = new Set<string>();
	let repeats = false;
	let wroteHolders = false;
	const AGGREGATE_INSERT = `insert into usage_aggregates (org_id, product_id, service, report_date, agents, active_agents,
	  licensed_agents)`;
	const buildWithServices = sqlite.prepare(
		`${AGGREGATE_INSERT} select f.org_id, f.product_id, coalesce(f.service, a.service, ''), f.report_date,
		  count(*), sum(f.active), coalesce(sum(f.licensed), 0)
		 from usage_facts f left join agents a on a.org_id = f.org_id and a.agent_key = f.agent_key
		 where f.org_id = ? and f.report_date = ? group by f.product_id, coalesce(f.service, a.service, '')`
	);
	const buildWithoutServices = sqlite.prepare(
		`${AGGREGATE_INSERT} select org_id, product_id, coalesce(service, ''), report_date, count(*), sum(active),
		  coalesce(sum(licensed), 0)
		 from usage_facts where org_id = ? and report_date = ? group by product_id, coalesce(service, '')`
	);
	let servicesChanged = false;
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
		 where agents.service is not excluded.service`
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
		/**
		 * Adds a batch of usage facts (plain inserts: the natural key is kept unique by mergeRepeats() within the
		 * file and by finishUsage() against earlier imports). `digests` holds the rows' pseudonyms, as the bytes
		 * of their text (privacy/hmac-pool.ts); `productIds` maps the batch's string index of each product name
		 * to its id. With `undated`, facts are stored without report date (see assignReportDate). Agents' services
		 * go to the directory (dated `at`). Returns how many rows were new, and how many repeated an agent already
		 * seen in this file.
		 */
		usageBatch(
			b: UsageBatch,
			digests: Uint8Array,
			productIds: ReadonlyMap<number, number>,
			opts: { importId: number; undated: boolean; at: string }
		): { new: number; unchanged: number } {
			const { importId, undated } = opts;
			// The last guard of the privacy rule: agent keys are 32-hex pseudonyms, one per row, or nothing is written.
			const bytes = Buffer.from(digests.buffer, digests.byteOffset, digests.byteLength);
			if (digests.length !== b.size * PSEUDONYM_LENGTH || !HEX.test(bytes.toString('latin1')))
				throw new Error('identifiant d’agent non pseudonymisé : import arrêté');
			if (usageStatements?.importId !== importId)
				usageStatements = {
					importId,
					full: usageInsert(importId, USAGE_ROWS),
					one: usageInsert(importId, 1)
				};
			const { full } = usageStatements;
			// Agents already seen, per scope: looked up once per product × date of the batch, not per row.
			const scopes = new Map<number, KeySet>();
			let repeated = 0;
			for (let i = 0; i < b.size; i++) {
				const productId = productIds.get(b.product[i]) as number;
				const dateIndex = undated ? 0 : b.reportDate[i];
				const date = b.strings[dateIndex] ?? '';
				const slot = b.product[i] * 65536 + dateIndex;
				let agents = scopes.get(slot);
				if (!agents) {
					const scope = `${productId}|${date}`;
					agents = seen.get(scope);
					if (!agents) {
						agents = createKeySet();
						seen.set(scope, agents);
						usageScopes.add(scope);
					}
					scopes.set(slot, agents);
				}
				const agentKey = pseudonymAt(bytes, i);
				const agentId = parseInt(agentKey.slice(0, 12), 16);
				if (!agents.add(agentId)) {
					repeats = true;
					repeated++;
				}
				const service = b.strings[b.service[i]];
				if (service !== null && upsertAgent.run(orgId, agentKey, service, opts.at).changes > 0)
					servicesChanged = true;
				const licensed = licensedAt(b, i);
				if (licensed === 1) wroteHolders = true;
				pendingUsage.push(
					productId,
					agentKey,
					service,
					date,
					numberAt(b.periodDays, i),
					b.strings[b.lastActivityDate[i]],
					numberAt(b.activityCount, i),
					b.active[i],
					licensed
				);
				if (pendingUsage.length === USAGE_ROWS * USAGE_PARAMS) {
					full.run(pendingUsage);
					pendingUsage.length = 0;
				}
			}
			return { new: b.size - repeated, unchanged: repeated };
		},
		/** Merges the rows of an agent repeated in this file (Zoom lists each connection) into one fact. */
		mergeRepeats(importId: number): void {
			flushUsage();
			if (!repeats) return;
			const scope = { orgId, importId };
			sqlite
				.prepare(
					`update usage_facts as f set activity_count = m.cnt, active = m.act, licensed = m.lic,
					  last_activity_date = m.last, service = m.svc
					 from (select min(id) as keep, case when count(activity_count) = 0 then null else sum(activity_count) end as cnt,
					  max(active) as act, max(licensed) as lic, max(last_activity_date) as last, max(service) as svc
					  from usage_facts where org_id = @orgId and import_id = @importId
					  group by product_id, report_date, agent_key having count(*) > 1) as m
					 where f.id = m.keep`
				)
				.run(scope);
			sqlite
				.prepare(
					`delete from usage_facts where org_id = @orgId and import_id = @importId and id not in
					 (select min(id) from usage_facts where org_id = @orgId and import_id = @importId
					  group by product_id, report_date, agent_key)`
				)
				.run(scope);
		},
		/**
		 * Dates this import's undated facts (reports dated per row, like Zoom's meetings, are stored undated so
		 * an agent's rows merge) with the end of the file's period.
		 */
		assignReportDate(importId: number, date: string): void {
			flushUsage();
			sqlite
				.prepare(
					"update usage_facts set report_date = ? where org_id = ? and import_id = ? and report_date = ''"
				)
				.run(date, orgId, importId);
			for (const scope of [...usageScopes]) {
				if (scope.endsWith('|')) {
					usageScopes.delete(scope);
					usageScopes.add(scope + date);
				}
			}
		},
		/**
		 * Reconciles this import's usage facts with earlier imports of the same product and report date: an
		 * agent already known is "updated" (values differ) or "unchanged", and the earlier row is superseded.
		 * Set-based, and only for scopes an earlier import touched. Returns how many of the "new" were not.
		 */
		finishUsage(importId: number): { updated: number; unchanged: number; scopes: string[] } {
			this.mergeRepeats(importId);
			let updated = 0;
			let unchanged = 0;
			const dates = new Set<string>();
			for (const scope of usageScopes) {
				const [productId, date] = [Number(scope.split('|')[0]), scope.slice(scope.indexOf('|') + 1)];
				dates.add(date);
				const earlier = sqlite
					.prepare(
						'select 1 from usage_facts where org_id = ? and report_date = ? and product_id = ? and import_id is not ? limit 1'
					)
					.get(orgId, date, productId, importId);
				if (!earlier) continue;
				const counts = sqlite
					.prepare(
						`select count(*) as matched, coalesce(sum((n.service, n.period_days, n.last_activity_date, n.activity_count,
						  n.active, n.licensed) is (o.service, o.period_days, o.last_activity_date, o.activity_count, o.active,
						  o.licensed)), 0) as same
						 from usage_facts n join usage_facts o on o.org_id = n.org_id and o.report_date = n.report_date
						  and o.product_id = n.product_id and o.agent_key = n.agent_key and o.import_id is not n.import_id
						 where n.org_id = ? and n.report_date = ? and n.product_id = ? and n.import_id = ?`
					)
					.get(orgId, date, productId, importId) as { matched: number; same: number };
				unchanged += counts.same;
				updated += counts.matched - counts.same;
				sqlite
					.prepare(
						`delete from usage_facts where org_id = @orgId and report_date = @date and product_id = @productId
						 and import_id is not @importId and agent_key in (select agent_key from usage_facts where org_id = @orgId
						  and report_date = @date and product_id = @productId and import_id = @importId)`
					)
					.run({ orgId, date, productId, importId });
			}
			return { updated, unchanged, scopes: [...dates] };
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
		/** Whether this import wrote licence holders (the seat-usage figures then need a rebuild). */
		get wroteHolders(): boolean {
			return wroteHolders;
		},
		/** Whether this import changed an agent's service, so every date's breakdown by service must be rebuilt. */
		get servicesChanged(): boolean {
			return servicesChanged;
		},
		/**
		 * Rebuilds the per product × service × report date counts of the given report dates (all dates that still
		 * have facts when none are given) from the raw facts; dates whose facts were purged by the retention policy
		 * keep their aggregates. A fact without a service takes the agent's service from the directory.
		 */
		rebuildUsageAggregates(reportDates?: string[]): void {
			const dates =
				reportDates ??
				(sqlite
					.prepare('select distinct report_date from usage_facts where org_id = ?')
					.pluck()
					.all(orgId) as string[]);
			const drop = sqlite.prepare('delete from usage_aggregates where org_id = ? and report_date = ?');
			// Without any agent's service on record, the join would only cost a lookup per fact.
			const directory = sqlite.prepare('select 1 from agents where org_id = ? limit 1').get(orgId);
			const build = directory ? buildWithServices : buildWithoutServices;
			for (const date of dates) {
				drop.run(orgId, date);
				build.run(orgId, date);
			}
		},
		/**
		 * Rebuilds seat_usage: per product and service, the agents holding a licence (latest list that says so) and
		 * how many of them were active in any product of the same vendor in that vendor's latest usage report.
		 */
		/** Whether the organisation has seat-usage figures (i.e. licence holders known per agent). */
		hasSeatUsage(): boolean {
			return sqlite.prepare('select 1 from seat_usage where org_id = ? limit 1').get(orgId) !== undefined;
		},
		rebuildSeatUsage(): void {
			sqlite.prepare('delete from seat_usage where org_id = ?').run(orgId);
			const hasHolders = sqlite
				.prepare('select 1 from usage_facts where org_id = ? and licensed = 1 limit 1')
				.get(orgId);
			if (!hasHolders) return;
			sqlite
				.prepare(
					`with holders as (
					  select f.product_id, f.agent_key, coalesce(f.service, a.service, '') as service, p.vendor
					  from usage_facts f join products p on p.id = f.product_id
					  left join agents a on a.org_id = f.org_id and a.agent_key = f.agent_key
					  where f.org_id = @orgId and f.licensed = 1 and f.report_date = (select max(g.report_date)
					   from usage_facts g where g.org_id = f.org_id and g.product_id = f.product_id and g.licensed = 1)),
					 latest as (
					  select p.vendor, max(f.report_date) as d from usage_facts f join products p on p.id = f.product_id
					  where f.org_id = @orgId and f.report_date <> '' group by p.vendor),
					 actives as (
					  select distinct p.vendor, f.agent_key from usage_facts f join products p on p.id = f.product_id
					  join latest l on l.vendor = p.vendor and l.d = f.report_date
					  where f.org_id = @orgId and f.active = 1)
					 insert into seat_usage (org_id, product_id, service, licensed_agents, active_agents, as_of)
					 select @orgId, h.product_id, h.service, count(distinct h.agent_key), count(distinct x.agent_key),
					  coalesce(max(l.d), '')
					 from holders h left join latest l on l.vendor = h.vendor
					 left join actives x on x.vendor = h.vendor and x.agent_key = h.agent_key
					 group by h.product_id, h.service`
				)
				.run({ orgId });
		},
		/** Drops the aggregates of report dates that no longer have any fact (after an undo). */
		dropOrphanAggregates(reportDates: string[]): void {
			const drop = sqlite.prepare(
				`delete from usage_aggregates where org_id = @orgId and report_date = @date
				 and not exists (select 1 from usage_facts where org_id = @orgId and report_date = @date)`
			);
			for (const date of reportDates) drop.run({ orgId, date });
		},
		setImportHash(importId: number, sha256: string): void {
			sqlite.prepare('update imports set sha256 = ? where id = ?').run(sha256, importId);
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

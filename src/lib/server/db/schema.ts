/**
 * The data model. Every business row belongs to one organisation (a commune or an intercommunalité), so one
 * instance can hold several. Money is integer cents, dates are ISO `yyyy-mm-dd` text, times are UTC ISO text.
 * Migrations are generated from this file by drizzle-kit into drizzle/ and never edited by hand.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
	text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const organisations = sqliteTable('organisations', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	kind: text('kind', { enum: ['commune', 'intercommunalite'] }).notNull(),
	siren: text('siren'),
	agentCount: integer('agent_count'),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	createdAt: createdAt()
});

export const products = sqliteTable(
	'products',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		vendor: text('vendor'),
		/** ISO 3166-1 alpha-2 country whose law governs the vendor. */
		vendorCountry: text('vendor_country'),
		category: text('category').notNull().default('other'),
		licenceModel: text('licence_model', { enum: ['open-source', 'proprietary'] }),
		spdxId: text('spdx_id'),
		hosting: text('hosting', { enum: ['on-premises', 'eu-cloud', 'secnumcloud', 'non-eu-cloud'] }),
		openFormats: integer('open_formats', { mode: 'boolean' }),
		/** Id of the catalogue entry this product was matched to; null = to classify. */
		catalogueId: text('catalogue_id'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('products_org_name').on(t.orgId, t.name)]
);

export const imports = sqliteTable(
	'imports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		sha256: text('sha256').notNull(),
		byteSize: integer('byte_size').notNull(),
		format: text('format').notNull(),
		encoding: text('encoding').notNull(),
		delimiter: text('delimiter').notNull(),
		headerLine: integer('header_line').notNull(),
		rowCount: integer('row_count').notNull(),
		newCount: integer('new_count').notNull().default(0),
		updatedCount: integer('updated_count').notNull().default(0),
		unchangedCount: integer('unchanged_count').notNull().default(0),
		skippedCount: integer('skipped_count').notNull().default(0),
		/** JSON: { skipped, warnings, period, concealedNames }. */
		log: text('log').notNull().default('{}'),
		status: text('status', { enum: ['imported', 'undone'] })
			.notNull()
			.default('imported'),
		/** Report period the file covers (usage reports), ISO dates. */
		periodFrom: text('period_from'),
		periodTo: text('period_to'),
		importedBy: text('imported_by').notNull(),
		createdAt: createdAt(),
		undoneAt: text('undone_at')
	},
	(t) => [index('imports_org_sha').on(t.orgId, t.sha256)]
);

const importRef = () => integer('import_id').references(() => imports.id, { onDelete: 'cascade' });

export const licenceLines = sqliteTable(
	'licence_lines',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
		importId: importRef(),
		/** Stable key of the row in its source: a re-import updates, never doubles. */
		rowKey: text('row_key').notNull(),
		sourceLine: integer('source_line'),
		/**
		 * What the line is evidence of: an invoice or hand-kept licence list, an accounting mandat (the same
		 * payments seen from the ledger: a cross-check, never added to invoices), a contract, or paid seats.
		 */
		sourceKind: text('source_kind', {
			enum: ['invoice', 'accounting', 'contract', 'subscription']
		}).notNull(),
		label: text('label').notNull(),
		sku: text('sku'),
		seats: integer('seats'),
		seatsAssigned: integer('seats_assigned'),
		unitPriceCents: integer('unit_price_cents'),
		amountExclTaxCents: integer('amount_excl_tax_cents'),
		taxCents: integer('tax_cents'),
		amountInclTaxCents: integer('amount_incl_tax_cents'),
		billingPeriod: text('billing_period', { enum: ['monthly', 'annual', 'multi-year', 'one-off'] }),
		date: text('date'),
		termStart: text('term_start'),
		termEnd: text('term_end'),
		service: text('service'),
		account: text('account'),
		supplier: text('supplier'),
		reference: text('reference'),
		excluded: integer('excluded', { mode: 'boolean' }).notNull().default(false),
		status: text('status')
	},
	(t) => [
		uniqueIndex('licence_lines_org_key').on(t.orgId, t.rowKey),
		index('licence_lines_org_product').on(t.orgId, t.productId),
		index('licence_lines_import').on(t.importId)
	]
);

/**
 * The pseudonymous agent directory: one row per agent key, with the service the latest file gave.
 * It lets a usage report without departments be broken down by service, and an agent be exported or erased.
 */
export const agents = sqliteTable(
	'agents',
	{
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		agentKey: text('agent_key').notNull(),
		service: text('service'),
		updatedAt: text('updated_at').notNull()
	},
	(t) => [uniqueIndex('agents_org_key').on(t.orgId, t.agentKey)]
);

/**
 * One pseudonymous agent × one product over a report period. agentKey is a keyed HMAC, never an e-mail.
 * Its natural key is (organisation, report date, product, agent): the import service keeps it unique, merging
 * an agent's repeated rows within a file and superseding an earlier import's row for the same key. No unique
 * index enforces it, on purpose: a million-row report would otherwise insert into a random-order B-tree, which
 * costs several times the parse itself. Both indexes below only ever grow at their right-hand end.
 */
export const usageFacts = sqliteTable(
	'usage_facts',
	{
		// No AUTOINCREMENT: nothing refers to a fact's id, and the sqlite_sequence update doubles the insert cost.
		id: integer('id').primaryKey(),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		productId: integer('product_id')
			.notNull()
			.references(() => products.id, { onDelete: 'cascade' }),
		importId: importRef(),
		agentKey: text('agent_key').notNull(),
		service: text('service'),
		reportDate: text('report_date').notNull().default(''),
		periodDays: integer('period_days'),
		lastActivityDate: text('last_activity_date'),
		activityCount: integer('activity_count'),
		active: integer('active', { mode: 'boolean' }).notNull(),
		licensed: integer('licensed', { mode: 'boolean' })
	},
	(t) => [
		index('usage_facts_scope').on(t.orgId, t.reportDate, t.productId),
		index('usage_facts_import').on(t.importId)
	]
);

/**
 * Pre-computed usage per product, service and report date, rebuilt by the import service, so dashboards
 * never scan raw per-agent rows, and kept when raw facts are purged by the retention policy.
 */
export const usageAggregates = sqliteTable(
	'usage_aggregates',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		productId: integer('product_id')
			.notNull()
			.references(() => products.id, { onDelete: 'cascade' }),
		service: text('service').notNull().default(''),
		reportDate: text('report_date').notNull().default(''),
		agents: integer('agents').notNull(),
		activeAgents: integer('active_agents').notNull(),
		licensedAgents: integer('licensed_agents').notNull()
	},
	(t) => [uniqueIndex('usage_aggregates_key').on(t.orgId, t.productId, t.service, t.reportDate)]
);

/**
 * Licence holders per product and service, and how many of them were active in any product of the same vendor
 * in the latest usage report: the "seats paid vs used" figure, pre-computed at import so pages never join raw
 * per-agent rows. Only products whose holders are known per agent (users exports, active-user reports) appear.
 */
export const seatUsage = sqliteTable(
	'seat_usage',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		productId: integer('product_id')
			.notNull()
			.references(() => products.id, { onDelete: 'cascade' }),
		service: text('service').notNull().default(''),
		licensedAgents: integer('licensed_agents').notNull(),
		activeAgents: integer('active_agents').notNull(),
		/** The usage report date the activity was read from; '' when no report covers the vendor (activity unknown). */
		asOf: text('as_of').notNull().default('')
	},
	(t) => [uniqueIndex('seat_usage_key').on(t.orgId, t.productId, t.service)]
);

export const inventoryLines = sqliteTable(
	'inventory_lines',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
		importId: importRef(),
		rowKey: text('row_key').notNull(),
		sourceLine: integer('source_line'),
		name: text('name').notNull(),
		vendor: text('vendor'),
		versions: text('versions'),
		installations: integer('installations'),
		licences: integer('licences'),
		entity: text('entity')
	},
	(t) => [uniqueIndex('inventory_lines_org_key').on(t.orgId, t.rowKey)]
);

export const budgetLines = sqliteTable(
	'budget_lines',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		importId: importRef(),
		rowKey: text('row_key').notNull(),
		sourceLine: integer('source_line'),
		year: integer('year'),
		account: text('account').notNull(),
		accountLabel: text('account_label'),
		section: text('section'),
		amountCents: integer('amount_cents').notNull(),
		source: text('source').notNull()
	},
	(t) => [uniqueIndex('budget_lines_org_key').on(t.orgId, t.rowKey)]
);

/** A confirmed column mapping for a file shape that matched no known export, reused automatically. */
export const columnMappings = sqliteTable(
	'column_mappings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		signature: text('signature').notNull(),
		mapping: text('mapping').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('column_mappings_org_sig').on(t.orgId, t.signature)]
);

export const scenarios = sqliteTable('scenarios', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	orgId: integer('org_id')
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	name: text('name').notNull(),
	template: text('template'),
	/** JSON of the scenario's assumptions (schema in src/lib/domain/savings). */
	assumptions: text('assumptions').notNull(),
	isSelected: integer('is_selected', { mode: 'boolean' }).notNull().default(false),
	createdAt: createdAt(),
	updatedAt: text('updated_at')
});

/** Dated snapshots of computed indicators, so progress can be charted over time. */
export const indicatorSnapshots = sqliteTable(
	'indicator_snapshots',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		takenAt: text('taken_at').notNull(),
		/** The data date the snapshot describes (latest report date), for charting. */
		asOf: text('as_of').notNull(),
		indicatorId: text('indicator_id').notNull(),
		value: integer('value'),
		/** Value scale: the stored integer is value × 10^scale (ratios are kept in basis points). */
		scale: integer('scale').notNull().default(0),
		coverageBp: integer('coverage_bp'),
		trigger: text('trigger').notNull()
	},
	(t) => [index('indicator_snapshots_org').on(t.orgId, t.indicatorId, t.asOf)]
);

/** Per-organisation settings (JSON values), e.g. the edited catalogue, retention, k-anonymity threshold. */
export const settings = sqliteTable(
	'settings',
	{
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		value: text('value').notNull(),
		updatedAt: createdAt()
	},
	(t) => [uniqueIndex('settings_org_key').on(t.orgId, t.key)]
);

/** Local accounts. Passwords are argon2id hashes; e-mails are stored lower-case. */
export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	email: text('email').notNull().unique(),
	displayName: text('display_name'),
	passwordHash: text('password_hash').notNull(),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	/** Interface language chosen by the user: French unless they pick English. */
	lang: text('lang', { enum: ['fr', 'en'] })
		.notNull()
		.default('fr'),
	createdAt: createdAt(),
	disabledAt: text('disabled_at')
});

/** A user's role in one organisation: roles are per organisation. */
export const memberships = sqliteTable(
	'memberships',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ['admin', 'finance', 'elected'] }).notNull()
	},
	(t) => [uniqueIndex('memberships_user_org').on(t.userId, t.orgId)]
);

/** Server-side sessions; the cookie holds a random token, the database only its SHA-256. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		createdAt: text('created_at').notNull(),
		lastSeenAt: text('last_seen_at').notNull(),
		expiresAt: text('expires_at').notNull()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

/** Failed logins per key (an e-mail or an address), to slow down password guessing. */
export const loginAttempts = sqliteTable('login_attempts', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	firstFailureAt: text('first_failure_at').notNull(),
	lockedUntil: text('locked_until')
});

/** Who did what, when: logins, imports, undo, exports, setting changes, erasures. Visible to administrators. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
		userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
		actor: text('actor').notNull(),
		action: text('action').notNull(),
		details: text('details').notNull().default('{}'),
		at: createdAt()
	},
	(t) => [index('audit_log_org').on(t.orgId, t.at)]
);

/**
 * A large commune for the dashboard benchmark, built in seconds with direct SQL inserts into a copy of the
 * demo database (it is a fixture, not an import test): 1,000,000 raw usage rows (10,000 agents × 20
 * products × 5 monthly reports) with their pre-computed aggregates and seat usage, and 10,000 licence lines
 * over three years, 300 products and 40 services. The demo organisation and its accounts are kept, so the
 * same elected official signs in to both databases.
 */
import Database from 'better-sqlite3';

export const USAGE_ROWS = 1_000_000;
export const LICENCE_LINES = 10_000;

const AGENTS = 10_000;
const USAGE_PRODUCTS = 20;
const REPORTS = 5;
const PRODUCTS = 300;
const SERVICES = 40;
const CATEGORIES = ['office-suite', 'messaging', 'video', 'file-sharing', 'pdf', 'operating-system', 'other'];

/** A deterministic pseudo-random generator (mulberry32), so two runs build the same database. */
function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Report dates one month apart ending last month: recent enough for the retention purge to keep them. */
function reportDates(today: Date): string[] {
	return Array.from({ length: REPORTS }, (_, i) =>
		new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - REPORTS + i, 1))
			.toISOString()
			.slice(0, 10)
	);
}

/** Adds the large commune's rows to the organisation `orgId` of the database at `path`. */
export function growDatabase(
	path: string,
	orgId: number,
	today = new Date()
): { usageRows: number; licenceLines: number } {
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = OFF');
	const random = createRandom(2025);
	const services = Array.from({ length: SERVICES }, (_, i) => `Service ${String(i + 1).padStart(2, '0')}`);
	const dates = reportDates(today);
	db.transaction(() => {
		const insertProduct = db.prepare(
			`insert into products (org_id, name, vendor, vendor_country, category, licence_model)
			 values (?, ?, ?, ?, ?, ?) returning id`
		);
		const products: number[] = [];
		for (let p = 0; p < PRODUCTS; p++) {
			const open = p % 5 === 0;
			const row = insertProduct.get(
				orgId,
				`Logiciel de banc ${p + 1}`,
				`Éditeur ${(p % 40) + 1}`,
				p % 3 === 0 ? 'FR' : 'US',
				CATEGORIES[p % CATEGORIES.length],
				open ? 'open-source' : 'proprietary'
			) as { id: number };
			products.push(row.id);
		}
		const importId = (
			db
				.prepare(
					`insert into imports (org_id, file_name, sha256, byte_size, format, encoding, delimiter, header_line,
					  row_count, imported_by) values (?, 'banc-factures.csv', 'banc', 0, 'invoice-lines', 'utf-8', ';', 1, ?, 'banc')
					 returning id`
				)
				.get(orgId, LICENCE_LINES) as { id: number }
		).id;
		const insertLine = db.prepare(
			`insert into licence_lines (org_id, product_id, import_id, row_key, source_line, source_kind, label, seats,
			  amount_excl_tax_cents, tax_cents, amount_incl_tax_cents, billing_period, date, term_start, term_end, service,
			  account, supplier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'annual', ?, ?, ?, ?, '6156', ?)`
		);
		for (let i = 0; i < LICENCE_LINES; i++) {
			const product = products[Math.floor(random() * PRODUCTS)];
			const year = 2023 + (i % 3);
			const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
			const ht = Math.round(10_000 + random() * 2_000_000);
			const kind = i % 4 === 3 ? 'accounting' : 'invoice';
			insertLine.run(
				orgId,
				product,
				importId,
				`banc|${i}`,
				i + 2,
				kind,
				`Ligne de banc ${i}`,
				1 + Math.floor(random() * 50),
				ht,
				Math.round(ht * 0.2),
				ht + Math.round(ht * 0.2),
				`${year}-${month}-15`,
				`${year}-01-01`,
				`${year}-12-31`,
				services[i % SERVICES],
				`Fournisseur ${i % 60}`
			);
		}
		const insertFact = db.prepare(
			`insert into usage_facts (org_id, product_id, import_id, agent_key, service, report_date, period_days,
			  activity_count, active, licensed) values (?, ?, ?, ?, ?, ?, 30, ?, ?, 1)`
		);
		const usageProducts = products.slice(0, USAGE_PRODUCTS);
		for (const date of dates)
			for (let a = 0; a < AGENTS; a++)
				for (let p = 0; p < USAGE_PRODUCTS; p++) {
					const active = random() < 0.8 ? 1 : 0;
					insertFact.run(
						orgId,
						usageProducts[p],
						importId,
						`agent-${a}`,
						services[a % SERVICES],
						date,
						active * 3,
						active
					);
				}
		// What the import service pre-computes, here in two grouped scans.
		db.prepare(
			`insert into usage_aggregates (org_id, product_id, service, report_date, agents, active_agents, licensed_agents)
			 select org_id, product_id, coalesce(service, ''), report_date, count(*), sum(active), sum(licensed)
			 from usage_facts where import_id = ? group by product_id, coalesce(service, ''), report_date`
		).run(importId);
		db.prepare(
			`insert into seat_usage (org_id, product_id, service, licensed_agents, active_agents, as_of)
			 select org_id, product_id, coalesce(service, ''), count(*), sum(active), report_date
			 from usage_facts where import_id = ? and report_date = ? group by product_id, coalesce(service, '')`
		).run(importId, dates[dates.length - 1]);
	})();
	const usageRows = db
		.prepare('select count(*) from usage_facts where org_id = ?')
		.pluck()
		.get(orgId) as number;
	const licenceLines = db
		.prepare('select count(*) from licence_lines where org_id = ?')
		.pluck()
		.get(orgId) as number;
	db.pragma('wal_checkpoint(TRUNCATE)');
	db.close();
	return { usageRows, licenceLines };
}

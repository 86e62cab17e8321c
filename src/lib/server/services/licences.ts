/**
 * The finance officers' detail page and its CSV downloads: every figure of the dashboard broken down and
 * traced to the imported file and line it comes from.
 */
import { addMonths } from '../../domain/dashboard/dates';
import type { TableSpec } from '../../domain/dashboard/table-spec';
import { computeRenewals } from '../../domain/usage/renewals';
import type { Messages } from '../../i18n';
import type { Db } from '../db';
import { createInventoryRepository } from '../repositories/inventory.repository';
import { createSpendRepository, type SpendCellRow } from '../repositories/spend.repository';
import { getInventory } from './inventory';
import {
	buildLinesTable,
	buildRenewalsTable,
	buildSeatsByServiceTable,
	buildSeatsTable,
	buildSpendTable,
	type LicenceTableId
} from './licence-tables';

export const LINES_PAGE_SIZE = 50;

export interface LicenceDetailOptions {
	m: Messages['licences'];
	/** yyyy-mm-dd: the renewal window starts here. */
	today: string;
	year?: number;
	/** 1-based page of the lines table. */
	page?: number;
}

export interface LicenceDetail {
	year: number | null;
	years: number[];
	basis: 'invoice' | 'accounting' | null;
	tables: Record<LicenceTableId, TableSpec>;
	lineCount: number;
	page: number;
	pages: number;
	renewalsHorizon: string;
	renewalsTotalCents: number;
	/** 'accounting' when the service table comes from the mandats (invoices name no service). */
	serviceBasis: 'accounting' | null;
}

/**
 * The year's cells on its spend basis (invoices, else mandats), every year's cells for the year table, and
 * the cells of the service table: invoices rarely name a cost centre while mandats do, so when none of the
 * year's invoice lines has a service the year's mandats (the same payments) give the breakdown by service.
 */
function selectCells(cells: SpendCellRow[], year: number | null) {
	const invoiceYears = new Set(cells.filter((c) => c.sourceKind === 'invoice').map((c) => c.year));
	const onBasis = cells.filter((c) => c.sourceKind === (invoiceYears.has(c.year) ? 'invoice' : 'accounting'));
	const ofYear = onBasis.filter((c) => c.year === year);
	const mandats = cells.filter((c) => c.year === year && c.sourceKind === 'accounting');
	const useMandats = ofYear.every((c) => !c.service) && mandats.some((c) => c.service);
	return {
		ofYear,
		allYears: onBasis,
		byService: useMandats ? mandats : ofYear,
		serviceBasis: useMandats ? ('accounting' as const) : null
	};
}

function buildContext(db: Db, orgId: number, options: LicenceDetailOptions) {
	const inventory = getInventory(db, orgId, options.year);
	const spend = createSpendRepository(db);
	const cells = selectCells(spend.listSpendCells(orgId), inventory.year);
	return { inventory, spend, cells };
}

function buildSeatsByService(
	db: Db,
	orgId: number,
	context: ReturnType<typeof buildContext>,
	m: Messages['licences']
) {
	const names = new Map(context.inventory.products.map((p) => [p.productId, p.name]));
	return buildSeatsByServiceTable(createInventoryRepository(db).listSeatUsageByService(orgId), names, m);
}

/** Everything the /licences page shows for a year (default: the latest with spend), lines paged. */
export function getLicenceDetail(db: Db, orgId: number, options: LicenceDetailOptions): LicenceDetail {
	const { m } = options;
	const context = buildContext(db, orgId, options);
	const { inventory, spend, cells } = context;
	const lineCount = spend.countLines(orgId, inventory.year);
	const pages = Math.max(1, Math.ceil(lineCount / LINES_PAGE_SIZE));
	const page = Math.min(pages, Math.max(1, Math.floor(options.page ?? 1)));
	const lines = spend.listLines(orgId, {
		year: inventory.year,
		limit: LINES_PAGE_SIZE,
		offset: (page - 1) * LINES_PAGE_SIZE
	});
	const renewals = computeRenewals(spend.listTermLines(orgId), options.today);
	return {
		year: inventory.year,
		years: inventory.years,
		basis: inventory.basis,
		tables: {
			vendor: buildSpendTable('vendor', cells.ofYear, m),
			product: buildSpendTable('product', cells.ofYear, m),
			service: buildSpendTable('service', cells.byService, m),
			year: buildSpendTable('year', cells.allYears, m),
			lines: buildLinesTable(lines, m),
			seats: buildSeatsTable(inventory.products, m),
			'seats-by-service': buildSeatsByService(db, orgId, context, m),
			renewals: buildRenewalsTable(renewals, m)
		},
		lineCount,
		page,
		pages,
		renewalsHorizon: addMonths(options.today, 12),
		renewalsTotalCents: renewals.reduce((n, r) => n + r.annualSavingCents, 0),
		serviceBasis: cells.serviceBasis
	};
}

/** One table in full (every line of the year, no paging), for the CSV download. */
export function getLicenceTable(
	db: Db,
	orgId: number,
	id: LicenceTableId,
	options: Omit<LicenceDetailOptions, 'page'>
): TableSpec {
	const { m } = options;
	const context = buildContext(db, orgId, options);
	const { inventory, spend, cells } = context;
	switch (id) {
		case 'vendor':
		case 'product':
			return buildSpendTable(id, cells.ofYear, m);
		case 'service':
			return buildSpendTable('service', cells.byService, m);
		case 'year':
			return buildSpendTable('year', cells.allYears, m);
		case 'lines':
			return buildLinesTable(spend.listLines(orgId, { year: inventory.year }), m);
		case 'seats':
			return buildSeatsTable(inventory.products, m);
		case 'seats-by-service':
			return buildSeatsByService(db, orgId, context, m);
		case 'renewals':
			return buildRenewalsTable(computeRenewals(spend.listTermLines(orgId), options.today), m);
	}
}

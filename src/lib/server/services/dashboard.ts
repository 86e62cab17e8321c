/**
 * The dashboard: a handful of key figures with their trend, each traceable to imported files or to the
 * selected scenario, and the spend charts. Reads pre-computed aggregates (usage_aggregates, seat_usage,
 * indicator_snapshots) and licence lines only — never the raw per-agent usage facts.
 */
import {
	computeInactiveTrend,
	computeSpendYears,
	computeUnusedSeats,
	pickLatestTwo,
	type IndicatorFigure,
	type InactiveTrend,
	type SavingsFigure,
	type SpendYear,
	type UnusedSeatsFigure
} from '../../domain/dashboard/key-figures';
import { computeOrgFigures, computePeerComparison, type PeerComparison } from '../../domain/dashboard/peers';
import { foldSmallSlices } from '../../charts/spend-bars';
import { summariseSpend, type SpendSummary } from '../../domain/spend';
import type { Db } from '../db';
import { createProgressRepository } from '../repositories/progress.repository';
import { createSpendRepository } from '../repositories/spend.repository';
import { memoiseByDataVersion } from './dashboard-cache';
import { getInventory } from './inventory';
import { getProgress } from './progress';
import { getSovereigntyReport } from './sovereignty';

export interface SpendOverview {
	/** The year shown: the most recent one with spend, unless asked for. */
	year: number | null;
	years: number[];
	/** Invoices are the basis when present; accounting mandats stand in for a year without invoices. */
	basis: 'invoice' | 'accounting' | null;
	summary: SpendSummary;
	importCount: number;
}

/**
 * Annual software spend of an organisation by vendor and product. Invoices and mandats record the same
 * payments, so they are never added together: mandats are used only for a year with no invoice line.
 */
export function getSpendOverview(
	db: Db,
	orgId: number,
	labels: { unknownVendor: string; unclassified: string },
	requestedYear?: number
): SpendOverview {
	const repo = createSpendRepository(db);
	const invoiceYears = repo.listYears(orgId, 'invoice');
	const accountingYears = repo.listYears(orgId, 'accounting');
	const years = [...new Set([...invoiceYears, ...accountingYears])].sort((a, b) => b - a);
	const year = requestedYear && years.includes(requestedYear) ? requestedYear : (years[0] ?? null);
	const basis = year === null ? null : invoiceYears.includes(year) ? 'invoice' : 'accounting';
	const rows = year === null || basis === null ? [] : repo.spendByProduct(orgId, year, basis);
	return {
		year,
		years,
		basis,
		summary: summariseSpend(rows, labels),
		importCount: repo.countActiveImports(orgId)
	};
}

/** Largest slices of a spend breakdown (and products with unused seats) sent to the dashboard. */
export const MAX_SLICES = 30;

export interface DashboardLabels {
	unknownVendor: string;
	unclassified: string;
	/** Label of the folded slice ("Autres"). */
	others: string;
}

/** Indicator ids read from the sovereignty report and its dated snapshots. */
export const COMPOSITE_SCORE_ID = 'composite-score';
export const OPEN_SOURCE_SEATS_ID = 'open-source-seats-share';

export interface Dashboard {
	spend: SpendOverview;
	current: SpendYear | null;
	previous: SpendYear | null;
	unused: UnusedSeatsFigure & { trend: InactiveTrend | null };
	savings: SavingsFigure | null;
	sovereignty: IndicatorFigure;
	openSource: IndicatorFigure;
	latestReportDate: string | null;
	peers: { spendPerAgent: PeerComparison; proprietaryShare: PeerComparison; own: boolean } | null;
}

function readSnapshotFigure(
	points: ReturnType<ReturnType<typeof createProgressRepository>['listSnapshotPoints']>,
	id: string,
	value: number | null,
	coverage: number
): IndicatorFigure {
	const { current, previous } = pickLatestTwo(points, id);
	// The report is computed now; a snapshot of the same data date is the same figure, not a trend point.
	const earlier = current && previous ? previous : null;
	return { value, coverage, previous: earlier };
}

function readPeers(db: Db, orgId: number): Dashboard['peers'] {
	const figures = computeOrgFigures(createProgressRepository(db).listOrgSpend());
	const own = figures.get(orgId) ?? { spendPerAgentCents: null, proprietaryShare: null };
	const peers = [...figures].filter(([id]) => id !== orgId).map(([, f]) => f);
	return {
		own: figures.has(orgId),
		spendPerAgent: computePeerComparison(
			own.spendPerAgentCents,
			peers.map((p) => p.spendPerAgentCents)
		),
		proprietaryShare: computePeerComparison(
			own.proprietaryShare,
			peers.map((p) => p.proprietaryShare)
		)
	};
}

/**
 * Everything the dashboard shows, for the year asked (default: the latest with spend). `today`
 * (yyyy-mm-dd) places the plan when no spend was imported; `comparePeers` adds the anonymised comparison
 * with the instance's other organisations (withheld below 5 peers). The organisation's own figures are
 * memoised until its data changes (dashboard-cache.ts); the peer comparison is computed on request.
 */
export function getDashboard(
	db: Db,
	orgId: number,
	options: {
		labels: DashboardLabels;
		today: string;
		year?: number;
		comparePeers?: boolean;
	}
): Dashboard {
	const key = JSON.stringify(['dashboard', orgId, options.year ?? null, options.today, options.labels]);
	const own = memoiseByDataVersion(db, orgId, key, () => computeDashboard(db, orgId, options));
	return { ...own, peers: options.comparePeers ? readPeers(db, orgId) : null };
}

function computeDashboard(
	db: Db,
	orgId: number,
	options: { labels: DashboardLabels; today: string; year?: number }
): Omit<Dashboard, 'peers'> {
	const overview = getSpendOverview(db, orgId, options.labels, options.year);
	// The page charts the largest slices and folds the rest: only those travel to the browser, so the page
	// weighs the same for 30 products or 3,000 (the full lists are on /licences).
	const spend = {
		...overview,
		summary: {
			...overview.summary,
			byVendor: foldSmallSlices(overview.summary.byVendor, MAX_SLICES, options.labels.others),
			byProduct: foldSmallSlices(overview.summary.byProduct, MAX_SLICES, options.labels.others)
		}
	};
	const years = computeSpendYears(createSpendRepository(db).spendByYearAndModel(orgId));
	const index = years.findIndex((y) => y.year === spend.year);
	const progressRepo = createProgressRepository(db);
	const inventory = getInventory(db, orgId, spend.year ?? undefined);
	const unused = computeUnusedSeats(inventory.products);
	const progress = getProgress(db, orgId, { today: options.today, suppressSmallGroups: true, inventory });
	const { report } = getSovereigntyReport(db, orgId, { year: spend.year ?? undefined });
	const openSource = report.indicators.find((i) => i.id === OPEN_SOURCE_SEATS_ID);
	const snapshots = progressRepo.listSnapshotPoints(orgId, [COMPOSITE_SCORE_ID, OPEN_SOURCE_SEATS_ID]);
	return {
		spend,
		current: index >= 0 ? years[index] : null,
		previous: index >= 0 ? (years[index + 1] ?? null) : null,
		unused: {
			...unused,
			products: unused.products.slice(0, MAX_SLICES),
			trend: computeInactiveTrend(progressRepo.listUsagePoints(orgId))
		},
		savings:
			progress.plan && progress.savings
				? {
						scenarioId: progress.plan.id,
						scenarioName: progress.plan.name,
						startYear: progress.plan.startYear,
						realisedToDateCents: progress.savings.realisedToDateCents,
						projectedToDateCents: progress.savings.projectedToDateCents,
						asOfYear: progress.savings.asOfYear,
						firstYearProjectedCents:
							progress.savings.years.find((y) => y.planYear === 1)?.projectedCents ?? 0,
						cancelledSeats: progress.cancelled.reduce((n, c) => n + c.cancelledSeats, 0)
					}
				: null,
		sovereignty: readSnapshotFigure(
			snapshots,
			COMPOSITE_SCORE_ID,
			report.composite.score,
			report.composite.coverage
		),
		openSource: readSnapshotFigure(
			snapshots,
			OPEN_SOURCE_SEATS_ID,
			openSource?.value ?? null,
			openSource?.coverage ?? 0
		),
		latestReportDate: progressRepo.findLatestReportDate(orgId)
	};
}

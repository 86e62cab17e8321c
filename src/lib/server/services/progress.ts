/**
 * Progress of the migration: the selected scenario's plan (waves, seats per product family) against what
 * the dated imports show — usage reports (active users falling on the proprietary side, rising on the
 * open-source side) and invoices (licences cancelled). Computed from pre-computed aggregates and licence
 * lines, never entered by hand, never from raw per-agent rows.
 */
import { computeSpendYears } from '../../domain/dashboard/key-figures';
import { compareIso } from '../../domain/dashboard/dates';
import { computeFamilyAdoption } from '../../domain/usage/adoption';
import { computeFamilyTimeline, type FamilyTimeline } from '../../domain/usage/family-timeline';
import {
	computeFamilyPlans,
	computePlannedSeatsAt,
	type FamilyPlan
} from '../../domain/usage/migration-plan';
import { computeSeatHistories, type SeatEvent } from '../../domain/usage/paid-seats';
import { computeProgressStatus, type ProgressStatus } from '../../domain/usage/progress-status';
import type { SavingsProgress } from '../../domain/usage/savings-progress';
import type { Db } from '../db';
import { createProgressRepository } from '../repositories/progress.repository';
import { createSpendRepository } from '../repositories/spend.repository';
import { getCatalogue } from './catalogue';
import { getInventory, type Inventory } from './inventory';
import { getPrivacySettings } from './privacy';
import { memoiseByDataVersion } from './dashboard-cache';
import { buildCancelled, buildSavings, buildServiceRows, sumInstallations } from './progress-parts';
import { readSelectedPlan } from './selected-plan';

export interface ServiceProgressRow {
	service: string;
	/** True when the group is smaller than k (or hides one that is): every figure below is null. */
	suppressed: boolean;
	agents: number | null;
	firstActive: number | null;
	latestActive: number | null;
	realisedShare: number | null;
}

export interface FamilyProgress {
	family: string;
	plan: FamilyPlan | null;
	measurable: boolean;
	timeline: FamilyTimeline;
	latest: { date: string; planned: number | null; realised: number } | null;
	status: ProgressStatus;
	/** Share of seats the plan has switched at the latest report (planned ÷ family seats). */
	plannedShare: number | null;
	services: ServiceProgressRow[];
	/** Installations on the computers inventory (GLPI), undated: the state today. */
	installations: { proprietary: number; openSource: number } | null;
}

export interface SeatChange extends SeatEvent {
	productId: number;
	product: string;
}

export interface CancelledProduct {
	productId: number;
	product: string;
	baselineSeats: number;
	latestSeats: number;
	cancelledSeats: number;
	annualSavingCents: number;
}

export interface ProgressReport {
	plan: {
		id: number;
		name: string;
		startYear: number;
		horizonYears: number;
		waves: { year: number; wave: number; cumulativeShare: number }[];
	} | null;
	families: FamilyProgress[];
	reportDates: string[];
	/** Dated seat changes from invoices and credit notes (cancellations first). */
	seatChanges: SeatChange[];
	cancelled: CancelledProduct[];
	savings: SavingsProgress | null;
	k: number;
	suppressSmallGroups: boolean;
}

function findLatestSpendYear(db: Db, orgId: number): { latest: number | null; invoiceYears: number[] } {
	const years = computeSpendYears(createSpendRepository(db).spendByYearAndModel(orgId));
	return {
		latest: years[0]?.year ?? null,
		invoiceYears: years.filter((y) => y.basis === 'invoice').map((y) => y.year)
	};
}

/**
 * The progress report of an organisation. `suppressSmallGroups` (elected officials) withholds per-service
 * figures about fewer than k agents (privacy settings), labelled as such. `today` (yyyy-mm-dd) places the
 * plan when no spend was imported. `inventory` may be passed by a caller that already read it (the
 * dashboard, itself memoised); otherwise the report is memoised until the organisation's data changes.
 */
export function getProgress(
	db: Db,
	orgId: number,
	options: { today: string; suppressSmallGroups: boolean; inventory?: Inventory }
): ProgressReport {
	if (options.inventory) return computeProgress(db, orgId, options);
	const key = JSON.stringify(['progress', orgId, options.today, options.suppressSmallGroups]);
	return memoiseByDataVersion(db, orgId, key, () => computeProgress(db, orgId, options));
}

function computeProgress(
	db: Db,
	orgId: number,
	options: { today: string; suppressSmallGroups: boolean; inventory?: Inventory }
): ProgressReport {
	const repo = createProgressRepository(db);
	const { latest, invoiceYears } = findLatestSpendYear(db, orgId);
	const plan = readSelectedPlan(db, orgId, latest, Number(options.today.slice(0, 4)));
	const catalogue = getCatalogue(db, orgId);
	const categories = new Map<string, string>([
		...catalogue.entries.map((e) => [e.id, e.category] as const),
		...catalogue.alternatives.map((a) => [a.id, a.category] as const)
	]);
	const familyPlans = plan
		? computeFamilyPlans(plan.scenario, plan.startYear, (id) => (id ? (categories.get(id) ?? null) : null))
		: [];
	const products = repo.listProductFamilies(orgId);
	const points = repo.listUsagePoints(orgId);
	const adoption = computeFamilyAdoption(points, products);
	const reportDates = [...new Set(points.map((p) => p.reportDate))].sort();
	const lastYear = Math.max(
		plan?.startYear ?? 0,
		Number((reportDates.at(-1) ?? options.today).slice(0, 4)) + 1
	);
	const installations = sumInstallations(options.inventory ?? getInventory(db, orgId), products);
	const { k } = getPrivacySettings(db, orgId);
	const familyIds = [...new Set([...familyPlans.map((p) => p.family), ...adoption.map((a) => a.family)])];
	const families = familyIds.map((family): FamilyProgress => {
		const familyPlan = familyPlans.find((p) => p.family === family) ?? null;
		const familyAdoption = adoption.find((a) => a.family === family) ?? null;
		const last = familyAdoption?.points.at(-1);
		const planned = familyPlan && last ? computePlannedSeatsAt(familyPlan, last.date) : null;
		return {
			family,
			plan: familyPlan,
			measurable: familyAdoption?.measurable ?? false,
			timeline: computeFamilyTimeline(familyPlan, familyAdoption, lastYear),
			latest: last ? { date: last.date, planned, realised: last.realisedSeats } : null,
			status: computeProgressStatus(
				planned ?? 0,
				familyAdoption?.measurable && last ? last.realisedSeats : null
			),
			plannedShare:
				familyPlan && planned !== null && familyPlan.seats > 0 ? planned / familyPlan.seats : null,
			services: buildServiceRows(points, products, family, k, options.suppressSmallGroups),
			installations: installations.get(family) ?? null
		};
	});
	const names = new Map(products.map((p) => [p.productId, p.name]));
	const histories = computeSeatHistories(createSpendRepository(db).listSeatLines(orgId));
	const latestInvoiceYear = invoiceYears.length > 0 ? Math.max(...invoiceYears) : null;
	const cancelled = buildCancelled(histories, names, latestInvoiceYear);
	const seatChanges = histories
		.flatMap((h) =>
			h.events.map((e) => ({ ...e, productId: h.productId, product: names.get(h.productId) ?? '' }))
		)
		.sort((a, b) => Number(a.change > 0) - Number(b.change > 0) || compareIso(b.date, a.date));
	return {
		plan: plan && {
			id: plan.id,
			name: plan.name,
			startYear: plan.startYear,
			horizonYears: plan.scenario.horizonYears,
			waves: (familyPlans[0]?.years ?? []).map(({ year, wave, cumulativeShare }) => ({
				year,
				wave,
				cumulativeShare
			}))
		},
		families,
		reportDates,
		seatChanges,
		cancelled,
		savings: plan ? buildSavings(plan, products, histories, invoiceYears) : null,
		k,
		suppressSmallGroups: options.suppressSmallGroups
	};
}

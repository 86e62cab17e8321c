/**
 * Progress of the migration: the selected scenario's plan (waves, seats per product family) against what
 * the dated imports show — usage reports (active users falling on the proprietary side, rising on the
 * open-source side) and invoices (licences cancelled). Computed from pre-computed aggregates and licence
 * lines, never entered by hand, never from raw per-agent rows.
 */
import { suppressBreakdown } from '../../domain/privacy/suppress';
import { computeSpendYears } from '../../domain/dashboard/key-figures';
import { computeFamilyAdoption, computeServiceAdoption } from '../../domain/usage/adoption';
import { computeFamilyTimeline, type FamilyTimeline } from '../../domain/usage/family-timeline';
import {
	computeFamilyPlans,
	computePlannedSeatsAt,
	type FamilyPlan
} from '../../domain/usage/migration-plan';
import { computeCancelledSeats, computeSeatHistories, type SeatEvent } from '../../domain/usage/paid-seats';
import { computeProgressStatus, type ProgressStatus } from '../../domain/usage/progress-status';
import { computeSavingsProgress, type SavingsProgress } from '../../domain/usage/savings-progress';
import type { Db } from '../db';
import { createProgressRepository, type ProductFamilyRow } from '../repositories/progress.repository';
import { createSpendRepository } from '../repositories/spend.repository';
import { getCatalogue } from './catalogue';
import { getInventory } from './inventory';
import { getPrivacySettings } from './privacy';
import { readSelectedPlan, type SelectedPlan } from './selected-plan';

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

function sumInstallations(db: Db, orgId: number, products: ProductFamilyRow[]) {
	const families = new Map(products.map((p) => [p.productId, p]));
	const totals = new Map<string, { proprietary: number; openSource: number }>();
	for (const p of getInventory(db, orgId).products) {
		const info = families.get(p.productId);
		if (!info || !p.installations || !p.licenceModel) continue;
		const t = totals.get(info.family) ?? { proprietary: 0, openSource: 0 };
		if (p.licenceModel === 'proprietary') t.proprietary += p.installations;
		else t.openSource += p.installations;
		totals.set(info.family, t);
	}
	return totals;
}

function buildServiceRows(
	points: ReturnType<ReturnType<typeof createProgressRepository>['listUsagePoints']>,
	products: ProductFamilyRow[],
	family: string,
	k: number,
	suppress: boolean
): ServiceProgressRow[] {
	const rows = computeServiceAdoption(points, products, family);
	const flagged = suppress
		? suppressBreakdown(rows, (r) => r.agents, k)
		: rows.map((row) => ({ row, suppressed: false }));
	return flagged.map(({ row, suppressed }) =>
		suppressed
			? {
					service: row.service,
					suppressed,
					agents: null,
					firstActive: null,
					latestActive: null,
					realisedShare: null
				}
			: {
					service: row.service,
					suppressed,
					agents: row.agents,
					firstActive: row.firstActive,
					latestActive: row.latestActive,
					realisedShare: row.realisedShare
				}
	);
}

function buildSavings(
	db: Db,
	orgId: number,
	plan: SelectedPlan,
	products: ProductFamilyRow[],
	invoiceYears: number[]
) {
	const inScope = new Set(plan.scenario.lines.map((l) => l.catalogueId).filter((id) => id !== null));
	const scoped = new Set(
		products.filter((p) => p.catalogueId && inScope.has(p.catalogueId)).map((p) => p.productId)
	);
	const histories = computeSeatHistories(createSpendRepository(db).listSeatLines(orgId)).filter((h) =>
		scoped.has(h.productId)
	);
	const realised = new Map<number, number>();
	for (const row of computeCancelledSeats(histories, invoiceYears))
		realised.set(row.year, (realised.get(row.year) ?? 0) + row.savingCents);
	const asOf = invoiceYears.length > 0 ? Math.max(...invoiceYears) : null;
	return computeSavingsProgress(plan.projection.years, plan.startYear, realised, asOf);
}

/**
 * The progress report of an organisation. `suppressSmallGroups` (elected officials) withholds per-service
 * figures about fewer than k agents (privacy settings), labelled as such. `today` (yyyy-mm-dd) places the
 * plan when no spend was imported.
 */
export function getProgress(
	db: Db,
	orgId: number,
	options: { today: string; suppressSmallGroups: boolean }
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
	const installations = sumInstallations(db, orgId, products);
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
	const cancelled = computeCancelledSeats(histories, latestInvoiceYear === null ? [] : [latestInvoiceYear])
		.filter((c) => c.cancelledSeats > 0)
		.map((c) => ({
			productId: c.productId,
			product: names.get(c.productId) ?? '',
			baselineSeats: c.baselineSeats,
			latestSeats: c.baselineSeats - c.cancelledSeats,
			cancelledSeats: c.cancelledSeats,
			annualSavingCents: c.savingCents
		}));
	const seatChanges = histories
		.flatMap((h) =>
			h.events.map((e) => ({ ...e, productId: h.productId, product: names.get(h.productId) ?? '' }))
		)
		.sort((a, b) => Number(a.change > 0) - Number(b.change > 0) || b.date.localeCompare(a.date));
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
		savings: plan ? buildSavings(db, orgId, plan, products, invoiceYears) : null,
		k,
		suppressSmallGroups: options.suppressSmallGroups
	};
}

/**
 * "Économies immédiates": licences paid but not used, per product and per service, and what right-sizing
 * them saves each year before any migration. Figures per service shown to someone who may not see raw
 * lines (elected officials) are withheld for groups of fewer than k agents.
 */
import { suppressBreakdown } from '../../domain/privacy/suppress';
import { computeShelfware, type ServiceShelfware, type ShelfwareRow } from '../../domain/savings';
import { buildShelfwareInputs } from '../../scenarios/shelfware-inputs';
import type { Db } from '../db';
import { createInventoryRepository } from '../repositories/inventory.repository';
import { getCatalogue } from './catalogue';
import { getInventory } from './inventory';
import { getPrivacySettings } from './privacy';

export type ServiceRowView =
	(ServiceShelfware & { suppressed: false }) | { service: string | null; suppressed: true };

export interface ShelfwareView {
	year: number | null;
	basis: 'invoice' | 'accounting' | null;
	byProduct: ShelfwareRow[];
	byService: ServiceRowView[];
	/** Product × service detail; null when small groups are suppressed (it would reveal them). */
	byProductAndService: ShelfwareRow[] | null;
	totalAnnualSavingCents: number;
	totalUnusedSeats: number;
	withoutUsage: { name: string; seatsPaid: number }[];
	asOf: Record<string, string>;
	pricedFromCatalogue: string[];
	k: number;
	suppressedServices: number;
}

/**
 * Shelfware of the organisation's latest spend year. `suppressSmallGroups`: true for viewers who may not
 * see raw lines; service rows about fewer than k licence holders are then withheld (with a second row when
 * only one is, so the hidden one cannot be recovered from the total). The row without a service (licences
 * assigned to nobody, or products with no service breakdown) describes no group of agents and is kept.
 */
export function getShelfware(
	db: Db,
	orgId: number,
	options: { suppressSmallGroups: boolean }
): ShelfwareView {
	const inventory = getInventory(db, orgId);
	const byService = createInventoryRepository(db).listSeatUsageByService(orgId);
	const inputs = buildShelfwareInputs(inventory.products, byService, getCatalogue(db, orgId));
	const report = computeShelfware(inputs.inputs);
	const { k } = getPrivacySettings(db, orgId);
	let services: ServiceRowView[] = report.byService.map((row) => ({ ...row, suppressed: false }));
	if (options.suppressSmallGroups) {
		const named = report.byService.filter((row) => row.service !== null);
		const flags = new Map(
			suppressBreakdown(named, (row) => row.seatsPaid, k).map(({ row, suppressed }) => [row, suppressed])
		);
		services = report.byService.map((row) =>
			flags.get(row) ? { service: row.service, suppressed: true } : { ...row, suppressed: false }
		);
	}
	return {
		year: inventory.year,
		basis: inventory.basis,
		byProduct: report.byProduct,
		byService: services,
		byProductAndService: options.suppressSmallGroups ? null : report.byProductAndService,
		totalAnnualSavingCents: report.totalAnnualSavingCents,
		totalUnusedSeats: report.totalUnusedSeats,
		withoutUsage: inputs.withoutUsage,
		asOf: inputs.asOf,
		pricedFromCatalogue: inputs.pricedFromCatalogue,
		k,
		suppressedServices: services.filter((row) => row.suppressed).length
	};
}

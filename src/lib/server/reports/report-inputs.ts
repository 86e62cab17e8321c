/**
 * Everything the council report shows, read once through the same services as the pages (dashboard,
 * inventory, scenarios, sovereignty, progress, privacy), so that paper and screen print the same figures.
 * The only module of the report that reads the database; the section builders are pure.
 */
import { computeScenarioFigures, type ScenarioFigures } from '../../charts/savings-figures';
import type { Catalogue } from '../../domain/catalogue';
import { getMessages } from '../../i18n';
import type { Db } from '../db';
import { createImportsRepository, type ImportRow } from '../repositories/imports.repository';
import { createOrganisationsRepository, type Organisation } from '../repositories/organisations.repository';
import type { StoredScenario } from '../repositories/scenarios.repository';
import { getCatalogue } from '../services/catalogue';
import { getDashboard, type Dashboard } from '../services/dashboard';
import { getInventory, type Inventory } from '../services/inventory';
import { getPrivacySettings, type PrivacySettings } from '../services/privacy';
import { getProgress, type ProgressReport } from '../services/progress';
import { listScenarioSummaries, type ScenarioSummary } from '../services/scenario-views';
import { getScenario } from '../services/scenarios';
import { listTrendSnapshots, type IndicatorSnapshot } from '../services/snapshots';
import { getSovereigntyReport, type SovereigntyReportView } from '../services/sovereignty';

export interface ReportOptions {
	/** The scenario presented in detail; the one the organisation follows when absent or unknown. */
	scenarioId?: number;
	lang: 'fr';
	/** The report's date; now by default. Two reports of the same data and date are identical. */
	now?: Date;
	/** Role of who asks for the report ('admin', 'finance', 'elected', or a label), never a name. */
	authorRole: string;
}

export interface ChosenScenario {
	stored: StoredScenario;
	figures: ScenarioFigures;
	/** Calendar year of plan year 1 (the year after the latest imported spend), or null. */
	firstCalendarYear: number | null;
}

export interface ReportInputs {
	org: Organisation;
	now: Date;
	/** yyyy-mm-dd of `now`, in UTC like the pages' `today`. */
	today: string;
	authorRole: string;
	dashboard: Omit<Dashboard, 'peers'>;
	inventory: Inventory;
	scenarios: ScenarioSummary[];
	chosen: ChosenScenario | null;
	sovereignty: SovereigntyReportView;
	trend: { snapshots: IndicatorSnapshot[]; stored: boolean };
	progress: ProgressReport;
	privacy: PrivacySettings;
	/** Imports still in effect (undone ones left out), oldest first. */
	imports: ImportRow[];
	catalogue: Catalogue;
}

/** Throws a French message when the organisation does not exist. */
export function readReportInputs(db: Db, orgId: number, options: ReportOptions): ReportInputs {
	const org = createOrganisationsRepository(db).getById(orgId);
	if (!org) throw new Error(`Collectivité introuvable : ${orgId}.`);
	const now = options.now ?? new Date();
	const today = now.toISOString().slice(0, 10);
	const m = getMessages(options.lang);
	const labels = {
		unknownVendor: m.dashboard.unknownVendor,
		unclassified: m.dashboard.unclassified,
		others: m.chart.others
	};
	const dashboard = getDashboard(db, orgId, { labels, today });
	const inventory = getInventory(db, orgId);
	const scenarios = listScenarioSummaries(db, orgId);
	const chosenId =
		scenarios.find((s) => s.id === options.scenarioId)?.id ??
		scenarios.find((s) => s.isSelected)?.id ??
		scenarios[0]?.id;
	const stored = chosenId === undefined ? undefined : getScenario(db, orgId, chosenId);
	const sovereignty = getSovereigntyReport(db, orgId);
	return {
		org,
		now,
		today,
		authorRole: options.authorRole,
		dashboard,
		inventory,
		scenarios,
		chosen: stored
			? {
					stored,
					figures: computeScenarioFigures(stored.scenario),
					firstCalendarYear: inventory.year === null ? null : inventory.year + 1
				}
			: null,
		sovereignty,
		trend: listTrendSnapshots(db, orgId, sovereignty.report, now),
		progress: getProgress(db, orgId, { today, suppressSmallGroups: true }),
		privacy: getPrivacySettings(db, orgId),
		imports: createImportsRepository(db)
			.list(orgId)
			.filter((i) => i.status === 'imported')
			.sort((a, b) => a.id - b.id),
		catalogue: getCatalogue(db, orgId)
	};
}

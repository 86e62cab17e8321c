/**
 * The council report use cases, shared by the Rapports page and `cap-libre report`: the report as data (the
 * page's preview), the report as a PDF with its file name, and the scenarios it can present.
 */
import type { Db } from '../db';
import { buildReportData, type ReportOptions } from '../reports/report-data';
import { renderReportPdf } from '../reports/render-pdf';
import type { ReportData } from '../reports/report-types';
import { createAuditRepository } from '../repositories/audit.repository';
import { createOrganisationsRepository } from '../repositories/organisations.repository';
import { createScenariosRepository } from '../repositories/scenarios.repository';
import { ensureScenarioTemplates, type Actor } from './scenarios';

export type { ReportOptions } from '../reports/report-data';

export interface ReportPdfOptions extends ReportOptions {
	/** Who exports (web and CLI): the export is recorded in the audit log as 'report.export'. */
	actor?: Actor;
}

/** yyyy-mm-dd of an instant in Paris time, the date printed on the report. */
export function toParisDate(now: Date): string {
	// en-CA writes dates as yyyy-mm-dd.
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * "rapport-cap-libre-saint-exemple-sur-loire-2026-11-29.pdf": the commune's slug (reduced to a-z, 0-9 and
 * hyphens, so it is safe in a Content-Disposition header and on any file system) and the report's date.
 */
export function buildReportFileName(slug: string, now: Date): string {
	const safe = slug
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `rapport-cap-libre-${safe || 'collectivite'}-${toParisDate(now)}.pdf`;
}

/** The report as data, for the page's preview (the same data the PDF is laid out from). */
export function getReportPreview(db: Db, orgId: number, options: ReportOptions): ReportData {
	return buildReportData(db, orgId, options);
}

/** The scenarios the report can present, followed one first flagged (templates created on first use). */
export function listReportScenarios(
	db: Db,
	orgId: number
): { id: number; name: string; isSelected: boolean }[] {
	ensureScenarioTemplates(db, orgId);
	return createScenariosRepository(db)
		.list(orgId)
		.map(({ id, name, isSelected }) => ({ id, name, isSelected }));
}

/**
 * The council report as PDF bytes and its file name. Throws a French message when the organisation does not
 * exist. With an actor, the export is recorded in the audit log (scenario and file name).
 */
export async function buildReportPdf(
	db: Db,
	orgId: number,
	options: ReportPdfOptions
): Promise<{ pdf: Buffer; fileName: string }> {
	const org = createOrganisationsRepository(db).getById(orgId);
	if (!org) throw new Error(`Collectivité introuvable : ${orgId}.`);
	const now = options.now ?? new Date();
	const data = buildReportData(db, orgId, { ...options, now });
	const pdf = await renderReportPdf(data);
	const fileName = buildReportFileName(org.slug, now);
	if (options.actor) {
		createAuditRepository(db).record({
			orgId,
			userId: options.actor.userId,
			actor: options.actor.label,
			action: 'report.export',
			details: { fileName, scenarioId: options.scenarioId ?? null, bytes: pdf.length }
		});
	}
	return { pdf, fileName };
}

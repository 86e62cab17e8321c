/**
 * The council report as typed data (ReportData), in French: cover, one-page summary for elected officials,
 * spend and seats, the presented scenario and the comparison, sovereignty, migration progress, methodology
 * and assumptions, data sources, glossary and privacy statement. Read once through the services
 * (report-inputs.ts); each section is built by a pure function of what was read, with the screen's chart
 * builders and formatters, so the PDF and the pages print the same figures. render-pdf.ts lays it out;
 * the Rapports page previews the same data.
 */
import { formatDateLong } from '../../domain/dashboard/dates';
import { getMessages, type Messages } from '../../i18n';
import { format } from '../../i18n/format';
import type { Db } from '../db';
import { readReportInputs, type ReportInputs, type ReportOptions } from './report-inputs';
import { buildMethodologySection } from './report-methodology';
import { buildProgressSection } from './report-progress';
import { buildCompareSection } from './report-compare';
import { buildScenarioSection } from './report-scenarios';
import { buildSourcesSection, buildGlossarySection, buildPrivacySection } from './report-sources';
import { buildSovereigntySection } from './report-sovereignty';
import { buildSpendSection } from './report-spend';
import { buildSummarySection } from './report-summary';
import type { ReportData, ReportMeta } from './report-types';

export type { ReportOptions } from './report-inputs';

/** "Service des finances" for a role id; any other text is kept as given (never a person's name). */
export function describeAuthorRole(role: string, m: Messages): string {
	const roles: Record<string, string> = m.reports.meta.roles;
	return roles[role] ?? role;
}

/** The period the report covers: the spend year and the span of the dated usage reports. */
export function describePeriod(inputs: ReportInputs, m: Messages): string {
	const r = m.reports.meta;
	const { year, basis } = inputs.inventory;
	const dates = inputs.progress.reportDates.filter((d) => d !== '');
	const spend =
		year === null
			? null
			: format(r.periodSpend, { year, basis: basis === 'accounting' ? r.basisAccounting : r.basisInvoice });
	const usage =
		dates.length === 0
			? null
			: dates.length === 1
				? format(r.periodUsageOne, { date: formatDateLong(dates[0]) })
				: format(r.periodUsage, {
						from: formatDateLong(dates[0]),
						to: formatDateLong(dates[dates.length - 1])
					});
	const parts = [spend, usage].filter((p) => p !== null);
	return parts.length === 0 ? r.periodNone : parts.join(' ; ');
}

function buildMeta(inputs: ReportInputs, m: Messages): ReportMeta {
	const r = m.reports.meta;
	return {
		title: r.title,
		shortTitle: r.shortTitle,
		subtitle: r.subtitle,
		organisation: inputs.org.name,
		periodLabel: describePeriod(inputs, m),
		generatedAt: inputs.now.toISOString(),
		authorRole: describeAuthorRole(inputs.authorRole, m),
		subject: r.subject,
		keywords: [...r.keywords],
		lang: 'fr'
	};
}

/** Every section in reading order, from what was read. Pure. */
export function assembleReportData(inputs: ReportInputs, m: Messages): ReportData {
	return {
		meta: buildMeta(inputs, m),
		sections: [
			buildSummarySection(inputs, m),
			buildSpendSection(inputs, m),
			buildScenarioSection(inputs, m),
			buildCompareSection(inputs, m),
			buildSovereigntySection(inputs, m),
			buildProgressSection(inputs, m),
			buildMethodologySection(inputs, m),
			buildSourcesSection(inputs, m),
			buildGlossarySection(m),
			buildPrivacySection(inputs, m)
		]
	};
}

/**
 * The council report of an organisation as data. `scenarioId` picks the scenario detailed (the followed one
 * by default); `now` dates it (two reports of the same data and date are identical); `authorRole` is a role
 * id or label, printed on the cover. Throws a French message when the organisation does not exist.
 */
export function buildReportData(db: Db, orgId: number, options: ReportOptions): ReportData {
	const m = getMessages(options.lang);
	return assembleReportData(readReportInputs(db, orgId, options), m);
}

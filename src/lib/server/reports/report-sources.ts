/**
 * The report's appendices: the data sources (each imported file with its date, format and row count, and the
 * coverage of each indicator), the glossary, and the privacy statement (which staff data was used, how it is
 * pseudonymised, how long it is kept), worded from the privacy notice.
 */
import { getProfile } from '../../import/formats';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import type { ImportRow } from '../repositories/imports.repository';
import { DASH, formatMaybeCount, formatShortDate, toTableBlock } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import { describeCoverage } from './report-sovereignty';
import type { ReportSection } from './report-types';

/** Exports that list licence holders one agent per row (besides the usage reports). */
const PER_AGENT_LISTS = new Set(['ms365-users-export', 'adobe-users', 'google-workspace-users']);

/** True when the file held one row per agent: usage reports and licence-holder lists. */
export function isStaffDataImport(row: Pick<ImportRow, 'format'>): boolean {
	return getProfile(row.format)?.category === 'usage' || PER_AGENT_LISTS.has(row.format);
}

function describePeriod(row: ImportRow, m: Messages): string {
	if (row.periodFrom && row.periodTo) {
		return format(m.reports.sources.period, {
			from: formatShortDate(row.periodFrom),
			to: formatShortDate(row.periodTo)
		});
	}
	return DASH;
}

/** Imported files (name, format, date, period, rows) and each indicator's coverage. */
export function buildSourcesSection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.sources;
	const files = inputs.imports.map((row) => [
		row.fileName,
		getProfile(row.format)?.label ?? row.format,
		formatShortDate(row.createdAt),
		describePeriod(row, m),
		formatMaybeCount(row.rowCount)
	]);
	const rows = inputs.sovereignty.report.indicators.map((i) => {
		const coverage = describeCoverage(i.coverage, i.coverageBasis, m);
		return [i.name, coverage.text, i.inputs.join(' ; ')];
	});
	return {
		id: 'sources',
		title: r.title,
		blocks: [
			{ kind: 'paragraph', text: format(r.intro, { files: inputs.imports.length }) },
			files.length === 0
				? { kind: 'paragraph', text: r.noFiles }
				: toTableBlock(
						r.filesCaption,
						[
							[r.file, 'l'],
							[r.format, 'l'],
							[r.importedOn, 'l'],
							[r.periodHeader, 'l'],
							[r.rows, 'r']
						],
						files
					),
			{ kind: 'paragraph', text: r.coverageIntro },
			toTableBlock(
				r.coverageCaption,
				[
					[m.reports.sovereignty.indicator, 'l'],
					[m.sovereignty.coverage, 'l'],
					[m.sovereignty.inputs, 'l']
				],
				rows
			)
		]
	};
}

/** The glossary, from the message catalogue. */
export function buildGlossarySection(m: Messages): ReportSection {
	const g = m.reports.glossary;
	return { id: 'glossaire', title: g.title, blocks: [{ kind: 'definitionList', items: g.items }] };
}

/** What staff data was used and how it is protected, worded from the privacy notice (k, retention). */
export function buildPrivacySection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.privacy;
	const p = m.privacy;
	const { k, retentionMonths } = inputs.privacy;
	const staff = inputs.imports.filter(isStaffDataImport);
	return {
		id: 'donnees-personnelles',
		title: r.title,
		blocks: [
			{ kind: 'paragraph', text: format(r.intro, { k }) },
			{
				kind: 'paragraph',
				text: staff.length === 0 ? r.noStaffFiles : format(r.staffFiles, { count: staff.length })
			},
			...(staff.length > 0
				? [
						{
							kind: 'bulletList' as const,
							items: staff.map((row) =>
								format(r.staffFile, {
									file: row.fileName,
									format: getProfile(row.format)?.label ?? row.format,
									rows: formatMaybeCount(row.rowCount)
								})
							)
						}
					]
				: []),
			{
				kind: 'definitionList',
				items: [
					{ term: p.data, definition: p.dataValue },
					{ term: p.purpose, definition: p.purposeValue },
					{ term: p.legalBasis, definition: p.legalBasisValue },
					{ term: p.recipients, definition: format(p.recipientsValue, { k }) },
					{ term: p.retention, definition: format(p.retentionValue, { months: retentionMonths }) },
					{ term: p.rights, definition: p.rightsValue },
					{ term: p.transfers, definition: p.transfersValue }
				]
			}
		]
	};
}

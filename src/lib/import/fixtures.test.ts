// eslint-disable-next-line no-restricted-imports -- the test reads fixture files; the pipeline itself does no I/O
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyseBytes, parseBoolean, parseBytes, parseDurationSeconds, type AnalysisResult } from './index';
import type { ImportRecord, LicenceRecord, UsageRecord } from './types';

const DIR = new URL('../../../tests/fixtures/csv/', import.meta.url);
const EXTRA = new URL('extra/', DIR);
type Expected = Record<string, Record<string, unknown>>;
const expected: Expected = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8'));

/** Deterministic stand-in for the server's keyed HMAC: a hex FNV-1a hash, never the identifier. */
const testContext = {
	pseudonymise(id: string): string {
		let h = 0x811c9dc5;
		for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
		return `agent-${h.toString(16)}`;
	}
};

function analyse(dir: URL, name: string): AnalysisResult {
	return analyseBytes(new Uint8Array(readFileSync(new URL(name, dir))), testContext);
}

function column(r: AnalysisResult, name: string): string[] {
	const i = r.header.indexOf(name);
	if (i < 0) throw new Error(`colonne absente : ${name}`);
	return r.preview.map((row) => row[i] ?? '');
}

const sum = (values: readonly (number | null | undefined)[]): number =>
	values.reduce<number>((a, v) => a + (v ?? 0), 0);
const usage = (r: AnalysisResult) => r.records.filter((x): x is UsageRecord => x.kind === 'usage');
const licences = (r: AnalysisResult) => r.records.filter((x): x is LicenceRecord => x.kind === 'licence');
const cents = (euros: unknown) => Math.round(Number(euros) * 100);
const countBy = (values: readonly (string | null)[]) => {
	const counts: Record<string, number> = {};
	for (const v of values) if (v !== null) counts[v] = (counts[v] ?? 0) + 1;
	return counts;
};
const centsByAccount = (records: readonly LicenceRecord[], pick: (r: LicenceRecord) => number | null) => {
	const out: Record<string, number> = {};
	for (const r of records) if (r.account !== null) out[r.account] = (out[r.account] ?? 0) + (pick(r) ?? 0);
	return out;
};
const toCentsMap = (m: unknown) =>
	Object.fromEntries(Object.entries(m as Record<string, string>).map(([k, v]) => [k, cents(v)]));

const shipped = readdirSync(DIR).filter((f) => f.endsWith('.csv'));
const results = new Map(shipped.map((f) => [f, analyse(DIR, f)]));
const get = (f: string) => results.get(f) ?? analyse(DIR, f);

describe('shipped fixtures: generic expectations from expected.json', () => {
	test.each(shipped)('%s has the expected status, encoding, delimiter, columns and row count', (file) => {
		const e = expected[file];
		const r = get(file);
		expect(e, `${file} manque dans expected.json`).toBeDefined();
		if (e.expected_behaviour !== undefined && String(e.expected_behaviour).startsWith('rejected')) {
			expect(r.status).toBe('rejected');
			expect(r.rejection?.message).toMatch(/[a-zé]/);
			return;
		}
		expect(r.status).toBe('ok');
		if (typeof e.encoding === 'string') {
			const enc = e.encoding.startsWith('windows-1252') ? 'windows-1252' : 'utf-8';
			expect(r.encoding).toBe(enc);
		}
		if (typeof e.delimiter === 'string') expect(r.delimiter).toBe(e.delimiter);
		if (typeof e.columns === 'number')
			expect(r.header.filter((h, i) => h !== '' || i < r.header.length - 1)).toHaveLength(e.columns);
		expect(r.summary?.rows).toBe(e.rows);
		expect(r.summary?.errors).toEqual([]);
	});
});

describe('shipped fixtures: figures', () => {
	test('F01 M365 Apps usage: users, dates and Yes counts', () => {
		const e = expected['ms365_apps-usage-user-detail_D30_utf8-bom.csv'] as { [k: string]: never } & Record<
			string,
			unknown
		>;
		const r = get('ms365_apps-usage-user-detail_D30_utf8-bom.csv');
		const yes = e.yes_counts as Record<string, number>;
		const apps = usage(r).filter((x) => x.productName === 'Microsoft 365 Apps');
		expect(r.format?.id).toBe('ms365-apps-usage');
		expect(new Set(apps.map((x) => x.agentKey)).size).toBe(e.distinct_users);
		expect(new Set(usage(r).map((x) => x.reportDate))).toEqual(new Set([e.report_refresh_date]));
		expect(new Set(usage(r).map((x) => x.periodDays))).toEqual(new Set([e.report_period_days]));
		expect(usage(r)).toHaveLength(apps.length);
		expect(sum(apps.map((x) => x.activityCount))).toBe(
			yes.Outlook + yes.Word + yes.Excel + yes.PowerPoint + yes.OneNote + yes.Teams
		);
		expect(apps.filter((x) => x.lastActivityDate === null)).toHaveLength(
			Number(e.users_with_empty_last_activity_date)
		);
		for (const platform of ['Windows', 'Mac', 'Mobile', 'Web']) {
			expect(column(r, platform).filter((v) => parseBoolean(v) === true)).toHaveLength(yes[platform]);
		}
		expect(column(r, 'Last Activation Date').filter((v) => v === '')).toHaveLength(
			Number(e.users_with_empty_last_activation_date)
		);
	});

	test('F02 concealed names: flag, warning, products, unlicensed user', () => {
		const e = expected['ms365_active-user-detail_concealed-names.csv'];
		const r = get('ms365_active-user-detail_concealed-names.csv');
		expect(r.summary?.concealedNames).toBe(e.concealed);
		expect(r.summary?.warnings.map((w) => w.code)).toContain('concealed-names');
		expect(r.summary?.warnings.find((w) => w.code === 'concealed-names')?.message).toMatch(/Rapports/);
		expect(countBy(usage(r).map((x) => x.productName))).toEqual(e.assigned_products_counts);
		expect(Number(e.rows) - new Set(usage(r).map((x) => x.agentKey)).size).toBe(e.unlicensed_users);
		expect(usage(r).every((x) => x.licensed === true)).toBe(true);
	});

	test('F04 Teams activity: counters, durations, licensed', () => {
		const e = expected['ms365_teams-user-activity-user-detail_D7.csv'];
		const r = get('ms365_teams-user-activity-user-detail_D7.csv');
		const n = (col: string) => column(r, col).map(Number);
		expect(sum(n('Team Chat Message Count'))).toBe(e.sum_team_chat_message_count);
		expect(sum(n('Private Chat Message Count'))).toBe(e.sum_private_chat_message_count);
		expect(sum(n('Meeting Count'))).toBe(e.sum_meeting_count);
		const expectedActivity = sum(
			['Team Chat Message Count', 'Private Chat Message Count', 'Call Count', 'Meeting Count'].map((c) =>
				sum(n(c))
			)
		);
		expect(sum(usage(r).map((x) => x.activityCount))).toBe(expectedActivity);
		const iso = column(r, 'Audio Duration').map(parseDurationSeconds);
		expect(iso).toEqual(column(r, 'Audio Duration In Seconds').map((v) => (v === '' ? null : Number(v))));
		expect(sum(iso)).toBe(e.sum_audio_duration_seconds);
		expect(iso[0]).toBe(e.audio_duration_seconds_row1);
		expect(iso.filter((v) => v === null)).toHaveLength(Number(e.rows_with_empty_durations));
		expect(usage(r).filter((x) => x.licensed === true)).toHaveLength(Number(e.is_licensed_yes));
	});

	test('F06 e-mail activity: ISO datetime refresh date, sums', () => {
		const e = expected['ms365_email-activity-user-detail_D7_iso-datetime.csv'];
		const r = get('ms365_email-activity-user-detail_D7_iso-datetime.csv');
		expect(new Set(usage(r).map((x) => x.reportDate))).toEqual(new Set([e.report_refresh_date_normalised]));
		expect(sum(column(r, 'Send Count').map(Number))).toBe(e.sum_send_count);
		expect(sum(column(r, 'Receive Count').map(Number))).toBe(e.sum_receive_count);
		const actions = ['Send Count', 'Read Count', 'Meeting Created Count', 'Meeting Interacted Count'];
		expect(sum(usage(r).map((x) => x.activityCount))).toBe(
			sum(actions.map((c) => sum(column(r, c).map(Number))))
		);
		expect(usage(r).every((x) => x.productName === 'Exchange Online')).toBe(true);
	});

	test('F08 Google Workspace: statuses, never logged in, storage, quoted cells', () => {
		const e = expected['google-workspace_users-download.csv'];
		const r = get('google-workspace_users-download.csv');
		expect(countBy(column(r, 'Status [READ ONLY]'))).toEqual(e.status_counts);
		expect(usage(r).filter((x) => x.lastActivityDate === null)).toHaveLength(Number(e.never_logged_in));
		const bytes = column(r, 'Email Usage [READ ONLY]').map(parseBytes);
		expect(sum(bytes.map((b) => (typeof b === 'number' ? b : 0))) / 2 ** 30).toBeCloseTo(
			Number(e.sum_email_usage_gb),
			2
		);
		expect(column(r, 'Employee Title')[2]).toBe(e.employee_title_row3);
		expect(usage(r).find((x) => x.line === 7)?.service).toBe(e.department_row6);
	});

	test('F10 Adobe: product configurations and user without product', () => {
		const e = expected['adobe_admin-console-users.csv'];
		const r = get('adobe_admin-console-users.csv');
		expect(countBy(usage(r).map((x) => x.productName))).toEqual(e.product_configuration_counts);
		expect(Number(e.rows) - new Set(usage(r).map((x) => x.agentKey)).size).toBe(e.users_without_product);
	});

	test('F11 GLPI 10 software: installations, quotes, <br> lists', () => {
		const e = expected['glpi10_logiciels_export.csv'];
		const r = get('glpi10_logiciels_export.csv');
		const inventory = r.records.filter((x) => x.kind === 'inventory');
		expect(sum(inventory.map((x) => x.installations))).toBe(e.sum_installations);
		expect(inventory[4].productName).toBe(e.name_row5);
		expect(r.preview.filter((row) => row.some((c) => c.includes('<br>')))).toHaveLength(
			Number(e.multi_value_rows)
		);
		expect(inventory.find((x) => x.productName === 'Mozilla Firefox')?.versions).toEqual([
			'128.6.0esr',
			'134.0.2'
		]);
		expect(inventory.every((x) => x.versions.every((v) => !v.includes('<br>')))).toBe(true);
	});

	test('F13 invoices in cp1252: totals in cents, by account, Oui/Non, skipped lines', () => {
		const e = expected['finances_factures-logiciels_excel-fr_cp1252.csv'];
		const r = get('finances_factures-logiciels_excel-fr_cp1252.csv');
		const lines = licences(r);
		expect(sum(lines.map((x) => x.amountExclTaxCents))).toBe(cents(e.total_ht));
		expect(sum(lines.map((x) => x.taxCents))).toBe(cents(e.total_tva));
		expect(sum(lines.map((x) => x.amountInclTaxCents))).toBe(cents(e.total_ttc));
		expect(centsByAccount(lines, (x) => x.amountExclTaxCents)).toEqual(toCentsMap(e.by_account_ht));
		const renewals = column(r, 'Reconduction tacite').map(parseBoolean);
		expect({
			Oui: renewals.filter((b) => b === true).length,
			Non: renewals.filter((b) => b === false).length
		}).toEqual(e.booleans);
		const reasons = countBy(r.summary?.skipped.map((s) => s.reason) ?? []);
		expect(reasons).toEqual({ separators: e.trailing_separator_only_lines, blank: e.trailing_empty_lines });
		expect(lines.some((x) => (x.amountExclTaxCents ?? 0) < 0)).toBe(true);
	});

	test('F14 mandats: title block, total line and footer skipped, totals match the file', () => {
		const e = expected['finances_export-mandats_titres-et-total_utf8-bom.csv'];
		const r = get('finances_export-mandats_titres-et-total_utf8-bom.csv');
		const lines = licences(r);
		expect(r.headerLine).toBe(e.header_line);
		expect(r.summary?.skipped.filter((s) => s.line < Number(e.header_line))).toHaveLength(
			Number(e.title_lines_before_header)
		);
		expect(r.summary?.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining(['total', 'footer']));
		expect(sum(lines.map((x) => x.amountExclTaxCents))).toBe(cents(e.total_ht));
		expect(sum(lines.map((x) => x.amountInclTaxCents))).toBe(cents(e.total_ttc));
		expect(centsByAccount(lines, (x) => x.amountInclTaxCents)).toEqual(toCentsMap(e.by_account_ttc));
	});

	test('F16 DECP v2: montant and CPV codes', () => {
		const e = expected['decp-v2_marches-logiciels_aplati.csv'];
		const r = get('decp-v2_marches-logiciels_aplati.csv');
		expect(sum(licences(r).map((x) => x.amountExclTaxCents))).toBe(cents(e.sum_montant_ht));
		expect(licences(r).map((x) => x.cpvCode)).toEqual(e.cpv_codes);
	});

	test('F18 subscribedSkus: #TYPE line, paid seats, free SKUs excluded, suspended', () => {
		const e = expected['ms365_subscribedskus_powershell51-export-csv.csv'];
		const r = get('ms365_subscribedskus_powershell51-export-csv.csv');
		const paid = licences(r).filter((x) => !x.excluded);
		expect(r.headerLine).toBe(Number(e.lines_before_header) + 1);
		expect(sum(paid.map((x) => x.seatsAssigned))).toBe(e.paid_skus_consumed);
		expect(sum(paid.map((x) => x.seats))).toBe(e.paid_skus_prepaid_enabled);
		expect(
			licences(r)
				.filter((x) => x.excluded)
				.map((x) => x.sku)
		).toEqual(e.free_or_viral_skus);
		expect(
			licences(r)
				.filter((x) => x.status === 'Suspended')
				.map((x) => x.sku)
		).toEqual(e.suspended_skus);
	});

	test('F20 header only: recognised, 0 rows, a warning', () => {
		const r = get('ms365_email-activity_entete-seul.csv');
		expect(r.format?.id).toBe('ms365-email-activity');
		expect(r.summary?.rows).toBe(0);
		expect(r.summary?.warnings.map((w) => w.message).join(' ')).toMatch(/aucune ligne/);
	});

	test.each([
		['vide.csv', 'fichier vide'],
		['invalide_xlsx-renomme-en-csv.csv', 'enregistrez']
	])('%s is rejected with a message containing « %s »', (file, words) => {
		const r = get(file);
		expect(r.status).toBe('rejected');
		expect(r.rejection?.message.toLowerCase()).toContain(words);
		expect(r.records).toEqual([]);
	});
});

const extraExpected: Expected = JSON.parse(readFileSync(new URL('expected.json', EXTRA), 'utf8'));
const extras = readdirSync(EXTRA).filter(
	(f) => f.endsWith('.csv') || (f.endsWith('.json') && f !== 'expected.json')
);

function field(r: ImportRecord, name: string): unknown {
	return (r as unknown as Record<string, unknown>)[name];
}

describe('extra fixtures (tests/fixtures/csv/extra)', () => {
	test('every extra file has expectations', () => {
		expect(extras.filter((f) => extraExpected[f] === undefined)).toEqual([]);
	});

	test.each(extras)('%s', (file) => {
		const e = extraExpected[file];
		const r = analyse(EXTRA, file);
		if (typeof e.rejection === 'string') {
			expect(r.status).toBe('rejected');
			expect(r.rejection?.code).toBe(e.rejection);
			return;
		}
		expect(r.status).toBe('ok');
		expect(r.format?.id ?? null).toBe(e.format);
		if (e.mappingTarget !== undefined) expect(r.mapping?.target).toBe(e.mappingTarget);
		if (e.encoding !== undefined) expect(r.encoding).toBe(e.encoding);
		if (e.delimiter !== undefined) expect(r.delimiter).toBe(e.delimiter);
		if (e.headerLine !== undefined) expect(r.headerLine).toBe(e.headerLine);
		expect(r.summary?.rows).toBe(e.rows);
		expect(r.records).toHaveLength(Number(e.records));
		expect(r.summary?.errorRows).toBe(e.errorRows ?? 0);
		if (Array.isArray(e.errors)) {
			expect(r.summary?.errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual(e.errors);
		}
		for (const [name, total] of Object.entries((e.sum ?? {}) as Record<string, number>)) {
			expect(sum(r.records.map((x) => field(x, name) as number | null)), name).toBe(total);
		}
		for (const [name, n] of Object.entries((e.countTrue ?? {}) as Record<string, number>)) {
			expect(
				r.records.filter((x) => field(x, name) === true),
				name
			).toHaveLength(n);
		}
		for (const [name, values] of Object.entries((e.values ?? {}) as Record<string, unknown[]>)) {
			expect(
				r.records.map((x) => field(x, name) ?? null),
				name
			).toEqual(values);
		}
		for (const [name, counts] of Object.entries(
			(e.countBy ?? {}) as Record<string, Record<string, number>>
		)) {
			expect(countBy(r.records.map((x) => (field(x, name) as string | null) ?? null)), name).toEqual(counts);
		}
		if (Array.isArray(e.warningCodes)) expect(r.summary?.warnings.map((w) => w.code)).toEqual(e.warningCodes);
		if (e.skippedReasons !== undefined)
			expect(countBy(r.summary?.skipped.map((s) => s.reason) ?? [])).toEqual(e.skippedReasons);
		for (const secret of (e.absent ?? []) as string[])
			expect(JSON.stringify(r.records)).not.toContain(secret);
		if (e.byAccount !== undefined) {
			const spec = e.byAccount as { field: string; flow: string; sameAs: string };
			const [source, key] = spec.sameAs.split(':');
			const byAccount: Record<string, number> = {};
			for (const x of r.records) {
				if (field(x, 'flow') !== spec.flow) continue;
				const account = String(field(x, 'account'));
				byAccount[account] = (byAccount[account] ?? 0) + Number(field(x, spec.field));
			}
			expect(byAccount).toEqual(toCentsMap(expected[source][key]));
		}
	});
});

describe('privacy: no identifier or name leaves the pipeline', () => {
	const google = get('google-workspace_users-download.csv');
	const email = get('ms365_email-activity-user-detail_D7_iso-datetime.csv');
	const personal = email.preview.filter((row) => /^[^@]+\.[^@]+@/.test(row[1])).map((row) => row[2]);
	const names = [
		...new Set([
			...column(google, 'First Name [Required]'),
			...column(google, 'Last Name [Required]'),
			...personal.flatMap((n) => n.split(' '))
		])
	];
	const all = [...[...results.values()], ...extras.map((f) => analyse(EXTRA, f))].filter(
		(r) => r.status === 'ok'
	);

	test('the name list comes from the fixtures and is not empty', () => {
		expect(names.length).toBeGreaterThanOrEqual(16);
	});

	test.each(names.map((n) => [n]))('no record or message mentions « %s »', (name) => {
		const pattern = new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu');
		for (const r of all) {
			expect(JSON.stringify(r.records)).not.toMatch(pattern);
			expect(JSON.stringify([r.summary?.errors, r.summary?.warnings])).not.toMatch(pattern);
		}
	});

	test('no record and no message contains an e-mail address (@)', () => {
		for (const r of all) {
			expect(JSON.stringify(r.records)).not.toContain('@');
			expect(JSON.stringify([r.summary?.errors, r.summary?.warnings])).not.toContain('@');
		}
	});
});

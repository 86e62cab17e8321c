/**
 * The council report of the demo commune, as the Rapports page and `cap-libre report` produce it: built from
 * the demo CSV files imported in name order, rendered to PDF and read back with pdfjs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeUnusedSeats } from '../../src/lib/domain/dashboard/key-figures';
import { formatCount, formatEurosRounded } from '../../src/lib/domain/money';
import { computeProjection } from '../../src/lib/domain/savings';
import { getMessages } from '../../src/lib/i18n';
import { format } from '../../src/lib/i18n/format';
import { buildReportData } from '../../src/lib/server/reports/report-data';
import { renderReportPdf } from '../../src/lib/server/reports/render-pdf';
import type { ReportData } from '../../src/lib/server/reports/report-types';
import { createAuditRepository } from '../../src/lib/server/repositories/audit.repository';
import { importFile } from '../../src/lib/server/services/import-file';
import { getInventory } from '../../src/lib/server/services/inventory';
import { buildReportPdf } from '../../src/lib/server/services/report';
import { getScenario } from '../../src/lib/server/services/scenarios';
import { listScenarioSummaries } from '../../src/lib/server/services/scenario-views';
import { getSovereigntyReport } from '../../src/lib/server/services/sovereignty';
import { createTestDb, insertOrg, type TestDb } from '../helpers/create-test-db';
import { importDemo, readDemoExpected } from '../helpers/import-demo';
import { countImagesPerPage, decodeShownTexts, extractPageTexts, readPdfFacts } from '../helpers/pdf-text';

const NOW = new Date('2026-11-29T10:00:00Z');
const m = getMessages('fr');
/** pdfjs turns U+00A0 and U+202F into ordinary spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** A product name that would break a PDF string or a web page if it were not printed literally. */
const HOSTILE = '<script>alert(1)</script> \\ ( ) %%EOF';

let t: TestDb;
let orgId: number;
let data: ReportData;
let pdf: Buffer;
let raw: Buffer;
let pages: string[];
let all: string;

beforeAll(async () => {
	t = createTestDb();
	orgId = insertOrg(t.db, 'saint-exemple-sur-loire', 'Saint-Exemple-sur-Loire');
	await importDemo(t, orgId);
	data = buildReportData(t.db, orgId, { lang: 'fr', now: NOW, authorRole: 'finance' });
	pdf = await renderReportPdf(data);
	raw = await renderReportPdf(data, { compress: false });
	pages = await extractPageTexts(pdf);
	all = plain(pages.join('\n'));
}, 180_000);

afterAll(async () => t?.close());

describe('council report of the demo commune — content', () => {
	test('the cover names the commune, the title, the period covered, the date and the author role', () => {
		const cover = plain(pages[0]).replace(/\s+/g, ' ');
		expect(cover).toContain('Saint-Exemple-sur-Loire');
		expect(cover).toContain('Rapport au conseil municipal — logiciels, économies et souveraineté numérique');
		expect(cover).toContain('dépenses 2025 (factures)');
		expect(cover).toContain('rapports d’usage du 1 juin 2025 au 1 décembre 2025');
		expect(cover).toContain('29 novembre 2026');
		expect(cover).toContain('Service des finances');
	});

	test.each([
		'Synthèse pour les élus',
		'Dépenses et licences',
		'Scénario présenté : Scénario central',
		'Comparaison des scénarios',
		'Souveraineté numérique',
		'Avancement de la migration : prévu et constaté',
		'Méthode et hypothèses',
		'Sources des données',
		'Glossaire',
		'Données personnelles',
		'Annexe — données des graphiques'
	])('the section « %s » is in the contents and printed on the page the contents give', (title) => {
		const line = pages[1].split('\n').find((l) => plain(l).startsWith(plain(title)));
		const page = Number(line?.trim().split(/\s+/).at(-1));
		expect(page, title).toBeGreaterThan(2);
		expect(plain(pages[page - 1])).toContain(plain(title));
	});

	test('the summary fits on one page: key figures and the whole recommendation before the next section', () => {
		const summary = plain(pages[2]);
		expect(summary).toContain('Synthèse pour les élus');
		expect(summary).toContain('Ce que disent les chiffres');
		const recommendation = data.sections[0].blocks.find((b) => b.kind === 'bulletList');
		expect(recommendation?.kind === 'bulletList' && recommendation.items.length).toBeGreaterThanOrEqual(3);
		const last = recommendation?.kind === 'bulletList' ? recommendation.items.at(-1) : '';
		expect(squeeze(summary)).toContain(squeeze(plain(last ?? '')).slice(-40));
		expect(plain(pages[3])).toContain('Dépenses et licences');
	});

	test('the key figures are the domain’s, formatted fr-FR with narrow no-break spaces', () => {
		const expected = readDemoExpected();
		const total = formatEurosRounded(
			expected.files['01_factures-logiciels-2025_excel-fr_cp1252.csv'].totalTtcCents
		);
		const unused = computeUnusedSeats(getInventory(t.db, orgId).products);
		const score = getSovereigntyReport(t.db, orgId).report.composite.score ?? 0;
		const figures = [
			total,
			format(m.dashboard.unusedSeatsCount, { seats: formatCount(unused.seats) }),
			format(m.dashboard.sovereigntyValue, { score: Math.round(score) })
		];
		const runs = decodeShownTexts(raw);
		for (const value of figures) {
			expect(runs, value).toContain(value);
			expect(all).toContain(plain(value));
		}
		expect(total).toMatch(/^\d{3}\u202f\d{3}\u00a0€$/);
		expect(all).toContain(
			plain(format(m.dashboard.unusedSeatsCost, { cost: formatEurosRounded(unused.costCents) }))
		);
	});

	test('the presented scenario’s NPV and the comparison are the savings model’s', () => {
		const summaries = listScenarioSummaries(t.db, orgId);
		const followed = summaries.find((s) => s.isSelected);
		expect(followed?.name).toBe('Scénario central');
		const runs = decodeShownTexts(raw);
		expect(runs).toContain(formatEurosRounded(followed?.npvCents ?? NaN));
		for (const s of summaries) expect(all).toContain(plain(formatEurosRounded(s.npvCents)));
	});

	test('the recommendation names the scenario that pays back, and when', () => {
		const summaries = listScenarioSummaries(t.db, orgId);
		const paying = summaries.filter((s) => s.npvCents > 0 && s.paybackYear !== null);
		expect(paying.length).toBeGreaterThan(0);
		const best = [...paying].sort((a, b) => b.npvCents - a.npvCents)[0];
		const calendarYear = (getInventory(t.db, orgId).year ?? 0) + (best.paybackYear ?? 0);
		const summary = squeeze(plain(pages[2]));
		expect(summary).toContain(squeeze(`« ${best.name} »`));
		expect(summary).toContain(squeeze(`en ${calendarYear} (année ${best.paybackYear} du plan)`));
	});

	test('per-service figures withhold groups smaller than k', () => {
		const suppressed = format(m.progress.suppressed, { k: 5 });
		expect(squeeze(all)).toContain(squeeze(suppressed));
		const tables = data.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
		const rows = tables.flatMap((b) => (b.kind === 'table' ? b.rows : []));
		const masked = rows.filter((row) => row.includes(format(m.progress.suppressed, { k: 5 })));
		expect(masked.length).toBeGreaterThan(0);
		for (const row of masked) expect(row.slice(2)).toEqual(row.slice(2).map(() => '—'));
	});

	test('every page but the cover is numbered "Page n / N"', () => {
		pages.slice(1).forEach((text, i) => expect(text).toContain(`Page ${i + 2} / ${pages.length}`));
	});

	test('each chart is one image in the PDF, and its data is in the appendix', async () => {
		const charts = data.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
		expect(charts.length).toBeGreaterThanOrEqual(8);
		const images = await countImagesPerPage(pdf);
		expect(images.reduce((a, b) => a + b, 0)).toBe(charts.length);
		const appendix = pages.findIndex((p) => p.startsWith('Annexe — données des graphiques'));
		charts.forEach((chart, i) =>
			expect(plain(pages.slice(appendix).join('\n'))).toContain(
				plain(`Figure ${i + 1} — ${chart.table.caption}`)
			)
		);
	});

	test('the methodology lists the catalogue’s defaults with their source and date, assumptions labelled', () => {
		expect(all).toContain('Chiffres par défaut du catalogue, avec leur source et leur date');
		expect(all).toContain('riverflowsbv.com');
		expect(all).toContain('Hypothèse : ');
	});

	test('the data sources list each imported file with its format and row count', () => {
		const text = squeeze(all);
		expect(text).toContain(squeeze('01_factures-logiciels-2025_excel-fr_cp1252.csv'));
		expect(text).toContain(squeeze('Microsoft 365 — utilisation des applications (détail par utilisateur)'));
		expect(all).toContain('Couverture des indicateurs');
	});

	test('the same data and date give the same PDF, so the page count is stable', async () => {
		const again = await renderReportPdf(
			buildReportData(t.db, orgId, { lang: 'fr', now: NOW, authorRole: 'finance' })
		);
		expect((await extractPageTexts(again)).length).toBe(pages.length);
		expect(again.equals(pdf)).toBe(true);
	});
});

describe('council report — archiving and accessibility markers', () => {
	test('PDF/A-2b markers: XMP identification, sRGB output intent, embedded fonts, no transparency', () => {
		const text = raw.toString('latin1');
		expect(text.startsWith('%PDF-1.7')).toBe(true);
		expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
		expect(text).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
		expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
		expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
		expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
		expect(text).not.toContain('/SMask');
	});

	test('tagged PDF in French with the report’s title and the commune as author', async () => {
		const text = raw.toString('latin1');
		expect(text).toContain('/Marked true');
		expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
		expect(text).toContain('/Lang (fr-FR)');
		const facts = await readPdfFacts(pdf);
		expect(facts.isMarked).toBe(true);
		expect(facts.info.Title).toBe(m.reports.meta.title);
		expect(String(facts.info.Author)).toContain('Saint-Exemple-sur-Loire');
	});
});

describe('council report — options, hostile text and small data', () => {
	test('another scenario can be presented; the followed one stays named', async () => {
		const ambitious = listScenarioSummaries(t.db, orgId).find((s) => s.name === 'Scénario ambitieux');
		const other = buildReportData(t.db, orgId, {
			lang: 'fr',
			now: NOW,
			authorRole: 'elected',
			scenarioId: ambitious?.id
		});
		const titles = other.sections.map((s) => s.title);
		expect(titles).toContain('Scénario présenté : Scénario ambitieux');
		const intro = other.sections.find((s) => s.id === 'scenario')?.blocks[0];
		expect(intro?.kind === 'paragraph' && intro.text).toContain('«\u00a0Scénario central\u00a0»');
		expect(other.meta.authorRole).toBe('Élu(e) de la collectivité');
		const stored = getScenario(t.db, orgId, ambitious?.id ?? -1);
		expect(stored).toBeDefined();
		const npv = computeProjection(stored!.scenario).npvCents;
		expect(JSON.stringify(other.sections.find((s) => s.id === 'scenario'))).toContain(
			formatEurosRounded(npv)
		);
	});

	test('the web export records "report.export" in the audit log, with a file name holding slug and date', async () => {
		const { pdf: bytes, fileName } = await buildReportPdf(t.db, orgId, {
			lang: 'fr',
			now: NOW,
			authorRole: 'elected',
			actor: { userId: null, label: 'elu@exemple.fr' }
		});
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(fileName).toBe('rapport-cap-libre-saint-exemple-sur-loire-2026-11-29.pdf');
		const entry = createAuditRepository(t.db)
			.list(orgId)
			.find((e) => e.action === 'report.export');
		expect(entry?.actor).toBe('elu@exemple.fr');
		expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({ fileName });
	});

	test('an imported product name with PDF-hostile or script content is printed literally', async () => {
		const other = insertOrg(t.db, 'hostile', 'Commune « test » & co');
		const path = join(t.dir, 'factures-hostiles.csv');
		writeFileSync(
			path,
			[
				'Fournisseur;N° facture;Date facture;Logiciel / prestation;Compte (M57);Montant HT;TVA;Montant TTC',
				`Éditeur X;F-1;15/03/2025;${HOSTILE};6156;1 000,00 €;200,00 €;1 200,00 €`
			].join('\r\n') + '\r\n',
			'utf8'
		);
		const report = await importFile(t.deps, { orgId: other, path, actor: 'test' });
		expect(report.status).toBe('imported');
		const texts = await extractPageTexts(
			await renderReportPdf(buildReportData(t.db, other, { lang: 'fr', now: NOW, authorRole: 'finance' }))
		);
		const text = squeeze(plain(texts.join('\n')));
		expect(text).toContain(squeeze(HOSTILE));
		expect(text).toContain(squeeze('Commune « test » & co'));
	});

	test('an organisation without any data still gets a report saying what is missing', async () => {
		const empty = insertOrg(t.db, 'vide', 'Commune sans données');
		const texts = await extractPageTexts(
			await renderReportPdf(buildReportData(t.db, empty, { lang: 'fr', now: NOW, authorRole: 'admin' }))
		);
		const text = plain(texts.join('\n'));
		expect(text).toContain('Commune sans données');
		expect(text).toContain('aucune donnée importée');
		expect(squeeze(text)).toContain(squeeze(m.reports.spend.noSpend));
	});
});

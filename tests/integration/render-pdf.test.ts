import { beforeAll, describe, expect, test } from 'vitest';
import { renderReportPdf } from '../../src/lib/server/reports/render-pdf';
import type { Block, ReportData, TableColumn } from '../../src/lib/server/reports/report-types';
import {
	countImagesPerPage,
	decodeShownTexts,
	extractPageTexts,
	listRoles,
	readPdfFacts,
	type PdfStructureNode
} from '../helpers/pdf-text';
import { buildSampleReport, HOSTILE_TEXT, SAMPLE_KEY_FIGURES } from '../helpers/sample-report';

/** pdfjs turns every white-space character into U+0020 in extracted text. */
function toPlainSpaces(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

function withSections(sections: ReportData['sections']): ReportData {
	return { ...buildSampleReport(0), sections };
}

const sample = buildSampleReport(200);
let pdf: Buffer;
let rawPdf: Buffer;
let pages: string[];

beforeAll(async () => {
	pdf = await renderReportPdf(sample);
	rawPdf = await renderReportPdf(sample, { compress: false });
	pages = await extractPageTexts(pdf);
});

describe('renderReportPdf — content', () => {
	test('the cover names the organisation, the title, the period and the author role, without page number', () => {
		const cover = pages[0].replace(/\s+/g, ' ');
		for (const expected of [
			'Mairie de Saint-Martin-des-Champs & environs',
			'exercice 2025',
			'Direction des finances'
		]) {
			expect(cover).toContain(expected);
		}
		expect(cover).toContain('Dépenses logicielles et souveraineté numérique');
		expect(cover).toContain('29 novembre 2026');
		expect(cover).not.toMatch(/Page \d+ \/ \d+/);
	});

	test('each section title is in the table of contents with the page where its heading is printed', () => {
		const titles = [...sample.sections.map((s) => s.title), 'Annexe — données des graphiques'];
		for (const title of titles) {
			const line = pages[1].split('\n').find((l) => l.startsWith(title));
			const page = Number(line?.trim().split(/\s+/).at(-1));
			expect(page, title).toBeGreaterThan(2);
			expect(pages[page - 1], title).toContain(title);
		}
	});

	test.each(SAMPLE_KEY_FIGURES.map((f) => [f.label, f.value]))(
		'the key figure "%s" is printed exactly as given (%j, with its narrow no-break spaces)',
		(label, value) => {
			const runs = decodeShownTexts(rawPdf);
			expect(runs).toContain(value);
			expect(pages.join('\n')).toContain(toPlainSpaces(value));
			expect(pages.join('\n')).toContain(label);
		}
	);

	test('every page but the cover has the running header and "Page n / N"', () => {
		const total = pages.length;
		pages.slice(1).forEach((text, i) => {
			expect(text).toContain(`Page ${i + 2} / ${total}`);
			expect(text).toContain('Mairie de Saint-Martin-des-Champs & environs · Rapport au conseil municipal');
		});
	});

	test('each chart is one image, on the same page as its caption and summary', async () => {
		const images = await countImagesPerPage(pdf);
		const charts = sample.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
		expect(images.reduce((a, b) => a + b, 0)).toBe(charts.length);
		charts.forEach((chart, i) => {
			const page = pages.findIndex((text) => text.includes(`Figure ${i + 1} — ${chart.title}`));
			expect(images[page], chart.title).toBe(1);
			expect(toPlainSpaces(pages[page].replace(/\s*\n/g, ' '))).toContain(
				toPlainSpaces(chart.summary.slice(0, 40))
			);
		});
	});

	test('the appendix repeats every chart data table', () => {
		const appendixStart = pages.findIndex((t) => t.startsWith('Annexe — données des graphiques'));
		expect(appendixStart).toBeGreaterThan(0);
		const appendix = pages.slice(appendixStart).join('\n');
		expect(appendix).toContain('Figure 2 — Coût total projeté par année');
		expect(appendix).toContain('211 700 €');
		expect(appendix).toContain(HOSTILE_TEXT);
	});

	test('a 200-row table spans several pages, with its header row on each and no row lost', () => {
		const tablePages = pages.filter((t) => /Ligne \d+ — /.test(t));
		expect(tablePages.length).toBeGreaterThanOrEqual(3);
		for (const text of tablePages) {
			expect(text).toMatch(/Produit\s+Service\s+Sièges\s+Coût annuel TTC/);
		}
		const rows = tablePages.flatMap((t) => [...t.matchAll(/Ligne (\d+) — /g)].map((m) => Number(m[1])));
		expect(rows).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
		const lastPageRows = [...tablePages.at(-1)!.matchAll(/Ligne \d+ — /g)].length;
		expect(lastPageRows).toBeGreaterThanOrEqual(2);
	});

	test.each([
		['a paragraph', { kind: 'paragraph', text: HOSTILE_TEXT } satisfies Block],
		[
			'a table cell',
			{
				kind: 'table',
				caption: 'Produits importés',
				columns: [
					{ label: 'Produit', align: 'left' },
					{ label: 'Montant', align: 'right' }
				],
				rows: [[HOSTILE_TEXT, '12,00\u00a0€']]
			} satisfies Block
		]
	])('user text in %s is printed literally, not interpreted', async (_, block) => {
		const data = withSections([{ id: 'x', title: 'Données importées', blocks: [block] }]);
		const text = (await extractPageTexts(await renderReportPdf(data))).join('\n');
		expect(text).toContain(HOSTILE_TEXT);
	});
});

describe('renderReportPdf — typography and layout', () => {
	test('lines never break at a no-break space or a narrow no-break space', async () => {
		const amount = '1\u202f234\u202f567,89\u00a0€';
		const text = Array.from({ length: 60 }, (_, i) => `poste ${i} : ${amount}`).join(', ');
		const data = withSections([{ id: 'x', title: 'Montants', blocks: [{ kind: 'paragraph', text }] }]);
		const runs = decodeShownTexts(await renderReportPdf(data, { compress: false }));
		const lines = runs.filter((run) => run.includes('poste'));
		expect(lines.length).toBeGreaterThan(5);
		const amounts = lines.reduce((n, line) => n + line.split(amount).length - 1, 0);
		expect(amounts).toBe(60);
	});

	test('a heading never ends a page: it moves with the first lines of its section', async () => {
		// Many short sections of 1 to 3 lines: headings land at every height of the page, bottom included.
		const sections = Array.from({ length: 60 }, (_, i) => ({
			id: `s${i}`,
			title: `Section ${i + 1}`,
			blocks: [
				{
					kind: 'paragraph',
					text: Array((i % 3) + 1)
						.fill('Ligne de remplissage.')
						.join('\n')
				} satisfies Block
			]
		}));
		const facts = await readPdfFacts(await renderReportPdf(withSections(sections)));
		const lastRoles = facts.pageStructures.slice(2).map((tree: PdfStructureNode) => listRoles(tree).at(-1));
		expect(lastRoles.length).toBeGreaterThan(5);
		expect(lastRoles).not.toContain('H2');
	});

	test('degenerate content still renders: empty section and table, a cell taller than a page, a huge word', async () => {
		const long = 'Un texte très long qui se répète. '.repeat(400);
		const columns: TableColumn[] = [
			{ label: 'Libellé', align: 'left' },
			{ label: 'Valeur', align: 'right' }
		];
		const data = withSections([
			{ id: 'vide', title: 'Section vide', blocks: [] },
			{
				id: 'limites',
				title: 'Cas limites',
				blocks: [
					{ kind: 'table', caption: 'Sans lignes', columns, rows: [] },
					{ kind: 'keyFigures', figures: [] },
					{ kind: 'bulletList', items: [] },
					{
						kind: 'table',
						caption: 'Cellule géante',
						columns,
						rows: [
							[long, '1'],
							['dernière', '2']
						]
					},
					{ kind: 'table', caption: 'Mot sans espace', columns, rows: [['x'.repeat(300), '3']] }
				]
			}
		]);
		const texts = await extractPageTexts(await renderReportPdf(data));
		const all = texts.join('\n');
		for (const expected of ['Section vide', 'Sans lignes', 'Cellule géante', 'dernière', 'Mot sans espace']) {
			expect(all).toContain(expected);
		}
		// The giant row is drawn (clipped) under its caption, not pushed away leaving a header alone.
		const giantPage = texts.find((t) => t.includes('Cellule géante'));
		expect(giantPage).toContain('Un texte très long');
	});

	test('the same data gives byte-identical PDFs (page count stable, CreationDate from generatedAt)', async () => {
		const again = await renderReportPdf(sample);
		expect(again.equals(pdf)).toBe(true);
		const facts = await readPdfFacts(pdf);
		expect(facts.info.CreationDate).toBe('D:20261129100000Z');
	});
});

describe('renderReportPdf — accessibility and archiving markers', () => {
	test('document metadata: title, author, subject, keywords, creator, language', async () => {
		const { info, xmp } = await readPdfFacts(pdf);
		expect(info).toMatchObject({
			Title: sample.meta.title,
			Author: 'Mairie de Saint-Martin-des-Champs & environs — Direction des finances',
			Subject: 'Rapport au conseil municipal',
			Keywords: 'logiciels, logiciel libre, souveraineté',
			Creator: 'Cap Libre',
			Language: 'fr-FR'
		});
		// pdfkit does not escape XMP: "&" must arrive as "&amp;" or the packet is not well-formed XML.
		expect(xmp).toContain('Saint-Martin-des-Champs &amp; environs');
		expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;)/);
	});

	test('an invalid generation date is refused with a French message', async () => {
		const data = { ...sample, meta: { ...sample.meta, generatedAt: 'hier' } };
		await expect(renderReportPdf(data)).rejects.toThrow(/date de génération invalide/);
	});

	test('PDF/A-2b markers: XMP identification, sRGB output intent, embedded fonts only', () => {
		const raw = rawPdf.toString('latin1');
		expect(raw.startsWith('%PDF-1.7')).toBe(true);
		expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
		expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
		expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
		expect(raw).toContain('/S /GTS_PDFA1');
		expect(raw).toMatch(/\/Metadata \d+ 0 R/);
		expect(raw.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(2);
		expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
		expect(raw).not.toContain('/SMask');
	});

	test('tagged PDF: MarkInfo, StructTreeRoot, Lang fr-FR, document title displayed', async () => {
		const raw = rawPdf.toString('latin1');
		expect(raw).toContain('/Marked true');
		expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
		expect(raw).toContain('/Lang (fr-FR)');
		expect(raw).toContain('/DisplayDocTitle true');
		expect((await readPdfFacts(pdf)).isMarked).toBe(true);
	});

	test('structure: H1 on the cover, H2 sections, tables with TH and TD, figures with the summary as Alt', async () => {
		const { pageStructures } = await readPdfFacts(pdf);
		const roles = new Set(pageStructures.flatMap(listRoles));
		for (const role of [
			'Document',
			'H1',
			'H2',
			'P',
			'Table',
			'TR',
			'TH',
			'TD',
			'Figure',
			'L',
			'LI',
			'TOC',
			'TOCI'
		]) {
			expect(roles, role).toContain(role);
		}
		const figures = (node: PdfStructureNode): PdfStructureNode[] =>
			node.role === 'Figure' ? [node] : node.children.flatMap(figures);
		const alts = pageStructures.flatMap(figures).map((f) => f.alt);
		const summaries = sample.sections
			.flatMap((s) => s.blocks)
			.flatMap((b) => (b.kind === 'chart' ? [b.summary] : []));
		expect(alts).toEqual(summaries);
	});
});

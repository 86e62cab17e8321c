import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { findAxeViolations, openChartTables } from './helpers/axe';
import {
	DEMO_LOGINS,
	foreignRequests,
	openSession,
	screenshot,
	signIn,
	type Session
} from './helpers/browser';

const FILE_NAME = /^rapport-cap-libre-saint-exemple-sur-loire-\d{4}-\d{2}-\d{2}\.pdf$/;

describe('rapport au conseil municipal, pour un élu de la commune de démonstration', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.elected);
	});
	afterAll(async () => s?.close());

	test('the Rapports page previews the report: cover, contents, sections, key figures and charts', async () => {
		await s.page.goto(baseUrl + '/rapports');
		expect(await s.page.locator('h1').textContent()).toBe('Rapports');
		const preview = s.page.locator('.report-document');
		expect(await preview.locator('.report-title').textContent()).toBe(
			'Rapport au conseil municipal — logiciels, économies et souveraineté numérique'
		);
		expect(await preview.locator('.report-org').textContent()).toBe('Saint-Exemple-sur-Loire');
		const sections = await preview.locator('section.report-section > h3').allTextContents();
		expect(sections).toContain('Synthèse pour les élus');
		expect(sections).toContain('Méthode et hypothèses');
		expect(sections).toContain('Données personnelles');
		expect(await s.page.getByTestId('rapport-synthese-1-kf-0').textContent()).toBe('168\u202f803\u00a0€');
		await s.page.locator('.report-document canvas[data-ready=true]').first().waitFor();
		expect(await preview.locator('figure.chart').count()).toBeGreaterThanOrEqual(8);
		await screenshot(s.page, 'rapports');
	});

	test('“Télécharger le PDF” downloads the report, named after the commune and the date', async () => {
		await s.page.goto(baseUrl + '/rapports');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('link', { name: 'Télécharger le PDF' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(FILE_NAME);
		const path = await download.path();
		const bytes = readFileSync(path);
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(bytes.length).toBeGreaterThan(100_000);
	});

	test('another scenario can be presented, in the preview and in the PDF link', async () => {
		await s.page.goto(baseUrl + '/rapports');
		const option = s.page.locator('#scenario option', { hasText: 'Scénario ambitieux' });
		const id = await option.getAttribute('value');
		await s.page.selectOption('#scenario', id ?? '');
		await Promise.all([
			s.page.waitForURL((u) => u.searchParams.get('scenario') === id),
			s.page.getByRole('button', { name: 'Mettre à jour l’aperçu' }).click()
		]);
		const titles = await s.page.locator('section.report-section > h3').allTextContents();
		expect(titles).toContain('Scénario présenté : Scénario ambitieux');
		expect(await s.page.getByTestId('report-download').getAttribute('href')).toBe(
			`/rapports/rapport.pdf?scenario=${id}`
		);
	});

	test('every table offers a CSV for Excel (BOM, semicolons) and a plain UTF-8 CSV', async () => {
		await s.page.goto(baseUrl + '/rapports');
		// The first table of a section (chart tables are inside closed <details>).
		const buttons = s.page
			.locator('.report-section > .table-wrap + .csv-download')
			.first()
			.getByRole('button');
		expect(await buttons.count()).toBe(2);
		const [excel] = await Promise.all([s.page.waitForEvent('download'), buttons.nth(0).click()]);
		expect(excel.suggestedFilename()).toMatch(/\.csv$/);
		const text = readFileSync(await excel.path(), 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text.split('\r\n')[0]).toContain(';');
		const [utf8] = await Promise.all([s.page.waitForEvent('download'), buttons.nth(1).click()]);
		expect(utf8.suggestedFilename()).toMatch(/-utf8\.csv$/);
		expect(readFileSync(await utf8.path(), 'utf8').charCodeAt(0)).not.toBe(0xfeff);
	});

	test('axe-core finds no WCAG violation, chart tables open', async () => {
		await s.page.goto(baseUrl + '/rapports');
		await openChartTables(s.page);
		expect(await findAxeViolations(s.page)).toEqual([]);
	});

	test('readable on a council-room tablet (820 px): no horizontal scrolling of the page, no axe violation', async () => {
		const tablet = await openSession({ viewport: { width: 820, height: 1180 } });
		try {
			await signIn(tablet.page, baseUrl, DEMO_LOGINS.elected);
			await tablet.page.goto(baseUrl + '/rapports');
			await tablet.page.locator('.report-document canvas[data-ready=true]').first().waitFor();
			const overflow = await tablet.page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			// Tables wider than the screen scroll in their own box, which the keyboard can reach.
			expect(await findAxeViolations(tablet.page)).toEqual([]);
			await screenshot(tablet.page, 'rapports-820');
		} finally {
			await tablet.close();
		}
	});

	test('loads nothing from another host and logs no error', async () => {
		await s.page.goto(baseUrl + '/rapports');
		await s.page.waitForLoadState('networkidle');
		expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
		expect(s.consoleErrors).toEqual([]);
	});
});

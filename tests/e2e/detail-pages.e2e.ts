import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { findAxeViolations, loadAllCharts, openChartTables } from './helpers/axe';
import { DEMO_LOGINS, openSession, screenshot, signIn, type Session } from './helpers/browser';

describe('progression du plan, lue par un élu', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.elected);
	});
	afterAll(async () => s?.close());

	test('shows the plan and the office suite’s planned vs realised switch from the dated reports', async () => {
		await s.page.goto(baseUrl + '/progression');
		expect(await s.page.locator('h1').textContent()).toBe('Progression du plan');
		expect(await s.page.getByTestId('plan-waves').locator('tbody tr').count()).toBeGreaterThan(2);
		const office = s.page.locator('section.progress-family', { hasText: 'Bureautique' });
		expect(await office.textContent()).toContain('368 au 1 juin 2025, 347 au 1 décembre 2025');
		await office.scrollIntoViewIfNeeded();
		await s.page.locator('#chart-famille-office-suite[data-ready=true]').waitFor();
	});

	test('per-service figures about fewer than k agents are withheld and labelled', async () => {
		await s.page.goto(baseUrl + '/progression');
		const table = s.page.getByTestId('services-office-suite');
		expect(await table.locator('td.suppressed').count()).toBeGreaterThan(0);
		expect(await table.locator('td.suppressed').first().textContent()).toContain('moins de 5 agents');
	});

	test('cancelled licences and savings come from the invoices', async () => {
		await s.page.goto(baseUrl + '/progression');
		expect(await s.page.getByTestId('cancelled-licences').textContent()).toContain('Adobe Acrobat');
		expect(await s.page.getByTestId('savings-to-date').textContent()).toMatch(/À fin 2025 : .+ réalisés/);
	});

	test('every chart has its table; axe-core finds no WCAG violation', async () => {
		await s.page.goto(baseUrl + '/progression');
		const charts = await s.page.locator('figure.chart').count();
		expect(charts).toBeGreaterThanOrEqual(3);
		expect(await openChartTables(s.page)).toBe(charts);
		expect(await s.page.locator('figure.chart details[open] table').count()).toBe(charts);
		expect(await findAxeViolations(s.page)).toEqual([]);
		await screenshot(s.page, 'progression');
	});

	test('an elected official may not open the finance officers’ detail or its downloads', async () => {
		expect((await s.page.goto(baseUrl + '/licences'))?.status()).toBe(403);
		expect((await s.page.goto(baseUrl + '/licences/export.csv?table=lines'))?.status()).toBe(403);
	});
});

describe('logiciels et licences, lus par un agent des finances', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.finance);
	});
	afterAll(async () => s?.close());

	test('spend by vendor, product, service and year; lines with their file and line', async () => {
		await s.page.goto(baseUrl + '/licences');
		for (const id of [
			'vendor',
			'product',
			'service',
			'year',
			'lines',
			'seats',
			'seats-by-service',
			'renewals'
		]) {
			expect(await s.page.locator(`table[data-table="${id}"]`).count(), id).toBe(1);
		}
		const line = s.page.locator('table[data-table="lines"] tbody tr').first();
		expect(await line.textContent()).toMatch(/0[19]_.+\.csv/);
		const product = s.page.locator('table[data-table="product"] tbody th a').first();
		expect(await product.getAttribute('href')).toMatch(/^\/produits\/\d+$/);
	});

	test('a table downloads as CSV for Excel fr-FR, formulas neutralised', async () => {
		await s.page.goto(baseUrl + '/licences');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.locator('a[href^="/licences/export.csv?table=vendor&format=excel"]').click()
		]);
		const path = await download.path();
		const text = readFileSync(path, 'utf8');
		expect(text.startsWith('\ufeffÉditeur;Montant TTC;Part;Lignes\r\n')).toBe(true);
		expect(text).toContain('Microsoft;94665,6;');
		expect(download.suggestedFilename()).toMatch(/^cap-libre-vendor-2025\.csv$/);
	});

	test('the plain UTF-8 variant uses commas and no BOM', async () => {
		const res = await s.context.request.get(baseUrl + '/licences/export.csv?table=renewals&format=plain');
		expect(res.status()).toBe(200);
		const text = await res.text();
		expect(text.startsWith('Logiciel,Éditeur,Échéance')).toBe(true);
	});

	test('axe-core finds no WCAG violation on the detail page; readable at 820 px; screenshots', async () => {
		await s.page.goto(baseUrl + '/licences');
		expect(await findAxeViolations(s.page)).toEqual([]);
		await screenshot(s.page, 'licences');
		const tablet = await openSession({ viewport: { width: 820, height: 1180 } });
		try {
			await signIn(tablet.page, baseUrl, DEMO_LOGINS.finance);
			const overflow = () =>
				tablet.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			await tablet.page.goto(baseUrl + '/progression');
			expect(await overflow()).toBeLessThanOrEqual(0);
			await loadAllCharts(tablet.page);
			await screenshot(tablet.page, 'progression-820');
			await tablet.page.goto(baseUrl + '/licences');
			expect(await overflow()).toBeLessThanOrEqual(0);
			await screenshot(tablet.page, 'licences-820');
		} finally {
			await tablet.close();
		}
	});
});

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { findAxeViolations, loadAllCharts, openChartTables } from './helpers/axe';
import {
	DEMO_LOGINS,
	foreignRequests,
	openSession,
	screenshot,
	signIn,
	type Session
} from './helpers/browser';

const EUROS = /^-?\d{1,3}(\u202f\d{3})*\u00a0€$/;

describe('tableau de bord de la commune de démonstration', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.elected);
	});
	afterAll(async () => s?.close());

	test('shows the demo commune’s annual spend, as a chart and as a table', async () => {
		await s.page.goto(baseUrl + '/');
		expect(await s.page.locator('h1').textContent()).toBe('Tableau de bord');
		await s.page.getByText('Saint-Exemple-sur-Loire').first().waitFor();

		const spend = (await s.page.getByTestId('kf-annual-spend').textContent()) ?? '';
		expect(spend).toMatch(/^\d{1,3}(\u202f\d{3})+\u00a0€$/);

		// Chart.js is fetched when the charts come on screen.
		await s.page.locator('#depenses').scrollIntoViewIfNeeded();
		await s.page.locator('#chart-spend-vendor[data-ready=true]').waitFor();
		const painted = await s.page.locator('#chart-spend-vendor').evaluate((c: HTMLCanvasElement) => {
			const ctx = c.getContext('2d');
			if (!ctx) return 0;
			const px = ctx.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
			return n;
		});
		expect(painted).toBeGreaterThan(1000);

		const table = s.page.locator('figure:has(#chart-spend-vendor) table');
		await s.page.locator('figure:has(#chart-spend-vendor) summary').click();
		expect(await table.locator('tbody tr').first().textContent()).toContain('Microsoft');
		await loadAllCharts(s.page);
		await screenshot(s.page, 'tableau-de-bord');
	});

	test('the elected official reads six key figures, each with an explanation and a link to its detail', async () => {
		await s.page.goto(baseUrl + '/');
		const figures = s.page.locator('article.dash-figure');
		expect(await figures.count()).toBe(6);
		const values = Object.fromEntries(
			await Promise.all(
				[
					'kf-annual-spend',
					'kf-proprietary-spend',
					'kf-unused-seats',
					'kf-savings',
					'kf-sovereignty',
					'kf-open-source'
				].map(async (id) => [id, (await s.page.getByTestId(id).textContent())?.trim() ?? ''] as const)
			)
		);
		expect(values['kf-annual-spend']).toBe('168\u202f803\u00a0€');
		expect(values['kf-proprietary-spend']).toMatch(EUROS);
		expect(values['kf-unused-seats']).toMatch(/^\d+ postes$/);
		expect(values['kf-savings']).toMatch(EUROS);
		expect(values['kf-sovereignty']).toMatch(/^\d{1,3} \/ 100$/);
		expect(values['kf-open-source']).toMatch(/^\d{1,3}\u00a0%$/);
		for (let i = 0; i < 6; i++) {
			const figure = figures.nth(i);
			expect(((await figure.locator('.kf-help').textContent()) ?? '').length).toBeGreaterThan(20);
			const href = (await figure.locator('a.kf-link').getAttribute('href')) ?? '';
			// An elected official never gets a link to the finance officers' raw lines.
			expect(href).not.toMatch(/^\/licences/);
			expect(href.length).toBeGreaterThan(1);
		}
		expect(await s.page.getByText('41 → 69 agents inactifs').count()).toBe(1);
	});

	test('every chart has its summary and its data table', async () => {
		await s.page.goto(baseUrl + '/');
		const charts = s.page.locator('figure.chart');
		const count = await charts.count();
		expect(count).toBeGreaterThanOrEqual(3);
		expect(await openChartTables(s.page)).toBe(count);
		for (let i = 0; i < count; i++) {
			const chart = charts.nth(i);
			expect(((await chart.locator('.chart-summary').textContent()) ?? '').length).toBeGreaterThan(20);
			expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
		}
	});

	test('axe-core finds no WCAG violation, tables open', async () => {
		await s.page.goto(baseUrl + '/');
		await openChartTables(s.page);
		expect(await findAxeViolations(s.page)).toEqual([]);
	});

	test('the peer comparison is withheld with fewer than 5 other communes', async () => {
		await s.page.goto(baseUrl + '/?comparer=1');
		expect(await s.page.getByTestId('peers-unavailable').textContent()).toContain(
			'au moins 5 autres collectivités'
		);
	});

	test('readable on a council-room tablet (820 px): no horizontal scrolling', async () => {
		const tablet = await openSession({ viewport: { width: 820, height: 1180 } });
		try {
			await signIn(tablet.page, baseUrl, DEMO_LOGINS.elected);
			await tablet.page.goto(baseUrl + '/');
			await loadAllCharts(tablet.page);
			const overflow = await tablet.page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await screenshot(tablet.page, 'tableau-de-bord-820');
		} finally {
			await tablet.close();
		}
	});

	test('loads nothing from another host; the only cookie is the session cookie', async () => {
		await s.page.goto(baseUrl + '/');
		await s.page.waitForLoadState('networkidle');
		expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
		const cookies = await s.context.cookies();
		expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([['cap_session', true, 'Lax']]);
		expect(s.consoleErrors).toEqual([]);
	});

	test('the health check answers', async () => {
		const res = await fetch(baseUrl + '/healthz');
		expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
	});
});

import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	DEMO_LOGINS,
	foreignRequests,
	openSession,
	screenshot,
	signIn,
	type Session
} from './helpers/browser';

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
		await screenshot(s.page, 'tableau-de-bord');
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

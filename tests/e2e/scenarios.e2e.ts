/**
 * The Scénarios pages as people use them: a finance officer compares the templates, opens one, reads its
 * figures with their table alternatives, changes an assumption and sees the figures move before saving;
 * an elected official reads the same figures without any edit form.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { findAxeViolations } from './helpers/axe';
import {
	DEMO_LOGINS,
	foreignRequests,
	openSession,
	screenshot,
	signIn,
	type Session
} from './helpers/browser';

const EUROS = /^-?\d{1,3}(\u202f\d{3})*\u00a0€$/;

async function openScenario(s: Session, baseUrl: string, name: string) {
	await s.page.goto(baseUrl + '/scenarios');
	await Promise.all([
		s.page.waitForURL(/\/scenarios\/\d+$/),
		s.page.getByRole('link', { name, exact: true }).click()
	]);
	await s.page.locator('#chart-tornado[data-ready=true]').waitFor();
}

describe('Scénarios, as a finance officer', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.finance);
		s.consoleErrors.length = 0;
	});
	afterAll(async () => s?.close());

	test('the list compares the three templates built from the demo data, the central one followed', async () => {
		await s.page.goto(baseUrl + '/scenarios');
		expect(await s.page.locator('h1').textContent()).toBe('Scénarios');
		const headers = await s.page.locator('.compare-table thead th a').allTextContents();
		expect(headers).toEqual(['Scénario prudent', 'Scénario central', 'Scénario ambitieux']);
		expect(await s.page.locator('.compare-table thead th:has(.badge)').textContent()).toContain(
			'Scénario central'
		);
		expect(await s.page.getByTestId('kf-shelfware-saving').textContent()).toMatch(EUROS);
		await s.page.locator('#chart-scenarios-compare[data-ready=true]').waitFor();
		await screenshot(s.page, 'scenarios-liste');
	});

	test('a scenario shows its NPV, payback and charts, each with a data table', async () => {
		await openScenario(s, baseUrl, 'Scénario central');
		expect(await s.page.getByTestId('kf-npv').textContent()).toMatch(EUROS);
		expect(await s.page.getByTestId('kf-payback').textContent()).toMatch(
			/^(Année \d \(\d{4}\)|Pas dans l’horizon)$/
		);
		expect(await s.page.getByTestId('kf-probability').textContent()).toMatch(/^\d{1,3}\u00a0%$/);
		for (const id of ['chart-cash-flow', 'chart-cumulative', 'chart-tornado']) {
			await s.page.locator(`#${id}[data-ready=true]`).waitFor();
		}
		const cashFlow = s.page.locator('figure:has(#chart-cash-flow)');
		await cashFlow.locator('summary').click();
		expect(await cashFlow.locator('tbody tr').count()).toBe(5);
		expect(await cashFlow.locator('tbody tr th').first().textContent()).toBe('Année 1 (2026)');
		// Every figure of a line says where it comes from.
		expect(await s.page.locator('.lines-table .source-tag.data').count()).toBeGreaterThan(5);
		await screenshot(s.page, 'scenario-central');
	});

	test('changing an assumption moves the figures at once, and saving keeps them', async () => {
		await openScenario(s, baseUrl, 'Scénario central');
		const npv = s.page.getByTestId('kf-npv');
		const before = await npv.textContent();
		const field = s.page.getByRole('textbox', {
			name: 'Jours de formation par agent (coefficient) — Retenue'
		});
		// Within the range 0,5–2 of the central template: a value outside it is refused (see below).
		await field.fill('0,6');
		await expect.poll(() => npv.textContent()).not.toBe(before);
		const edited = await npv.textContent();
		expect(await s.page.locator('.live-strip').textContent()).toContain('Modifications non enregistrées');
		expect(await s.page.getByTestId('live-npv').textContent()).toBe(edited);

		await s.page.locator('.live-strip button[type=submit]').click();
		await s.page.getByText('Scénario enregistré.').waitFor();
		await s.page.reload();
		await s.page.locator('#chart-tornado[data-ready=true]').waitFor();
		expect(await npv.textContent()).toBe(edited);
		expect(await field.inputValue()).toBe('0,6');
	});

	test('an impossible value is explained in French and nothing is saved', async () => {
		await openScenario(s, baseUrl, 'Scénario prudent');
		const npv = await s.page.getByTestId('kf-npv').textContent();
		await s.page.getByLabel('Année 1 (%)').fill('90');
		const alert = s.page.locator('.scenario-form [role=alert]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('Vagues : la somme des vagues dépasse 100 %');
		expect(await s.page.getByTestId('kf-npv').textContent()).toBe(npv);
	});

	test('the pages have no accessibility violation, load nothing from elsewhere and log no error', async () => {
		for (const path of ['/scenarios', '/scenarios/methodologie', '/catalogue']) {
			await s.page.goto(baseUrl + path);
			await s.page.waitForLoadState('networkidle');
			expect(await findAxeViolations(s.page), path).toEqual([]);
		}
		await openScenario(s, baseUrl, 'Scénario ambitieux');
		expect(await findAxeViolations(s.page)).toEqual([]);
		expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
		expect(s.consoleErrors).toEqual([]);
	});
});

describe('Scénarios, as an elected official', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession({ viewport: { width: 820, height: 1100 } });
		await signIn(s.page, baseUrl, DEMO_LOGINS.elected);
	});
	afterAll(async () => s?.close());

	test('sees the figures and their sources, but no form and no action', async () => {
		await s.page.goto(baseUrl + '/scenarios');
		expect(await s.page.getByRole('heading', { name: 'Nouveau scénario' }).count()).toBe(0);
		expect(await s.page.getByRole('button', { name: /Supprimer/ }).count()).toBe(0);
		await openScenario(s, baseUrl, 'Scénario central');
		expect(await s.page.getByTestId('kf-npv').textContent()).toMatch(EUROS);
		expect(await s.page.locator('form.scenario-form').count()).toBe(0);
		expect(await s.page.locator('.assumptions-table').count()).toBe(2);
		await screenshot(s.page, 'scenario-elu-tablette');
	});

	test('the server refuses an elected official’s edit', async () => {
		const res = await s.page.request.post(`${s.page.url()}?/update`, {
			headers: { origin: baseUrl },
			form: { name: 'Modifié par un élu' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(403);
		expect(await res.text()).toContain('Votre rôle ne permet pas');
	});
});

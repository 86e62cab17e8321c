import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DEMO_LOGINS, openSession, screenshot, signIn, type Session } from './helpers/browser';

// Every indicator the page must explain (src/lib/domain/sovereignty: INVENTORY_INDICATOR_IDS + SEAL shares).
const INDICATOR_IDS = [
	'open-source-seats-share',
	'open-source-spend-share',
	'non-eu-spend',
	'non-eu-spend-share',
	'non-eu-seats-share',
	'hosting-on-premises-share',
	'hosting-eu-cloud-share',
	'hosting-secnumcloud-share',
	'hosting-non-eu-cloud-share',
	'top-vendor-spend-share',
	'vendor-hhi',
	'open-formats-seats-share',
	'reversible-spend-share',
	'mutualised-tools-share',
	'mutualised-seats-share',
	'seal-2-plus-seats-share',
	'seal-3-plus-seats-share'
];

describe('page Souveraineté de la commune de démonstration', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.elected);
		await s.page.goto(baseUrl + '/souverainete');
	});
	afterAll(async () => s?.close());

	test('each indicator shows its value, reading, coverage, definition, formula and data used', async () => {
		expect(await s.page.locator('h1').textContent()).toBe('Souveraineté numérique');
		for (const id of INDICATOR_IDS) {
			const card = s.page.getByTestId(`indicator-${id}`);
			await card.locator('summary').click();
			const text = (await card.textContent()) ?? '';
			expect(text, id).toMatch(/Couverture : (\d+|< 1)\u00a0% des (postes|dépenses)/);
			expect(text, id).toContain('Formule');
			expect(text, id).toContain('Données utilisées');
			const heading = (await card.locator('h4').textContent()) ?? '';
			expect(heading.length, id).toBeGreaterThan(3);
			expect(await card.locator('.indicator-value').textContent(), id).toMatch(/\d|inconnue/);
			expect(await card.locator('.indicator-definition').textContent(), id).toMatch(/\w{4,}/);
			expect(await card.locator('.indicator-reading').textContent(), id).toMatch(/\w{4,}/);
		}
		// The demo's attributes are partly unknown: some indicator says its coverage is insufficient.
		expect(await s.page.locator('.coverage-warning').count()).toBeGreaterThan(0);
	});

	test('the score is shown with its parts and weights, the SEAL level as a self-assessment', async () => {
		expect(await s.page.getByTestId('kf-composite').textContent()).toMatch(/^\d+ \/ 100$/);
		expect(await s.page.getByTestId('composite-reading').textContent()).toMatch(/sur 100/);
		const weights = s.page.locator('table', { hasText: 'Poids de chaque composante du score' });
		expect(await weights.locator('tbody tr').count()).toBe(7);
		// An elected official reads the weights but cannot edit them, nor the products.
		expect(await s.page.locator('input[name="open-source"]').count()).toBe(0);
		expect(await s.page.locator('a[href^="/produits/"]').count()).toBe(0);
		const seal = s.page.locator('#seal');
		expect(await seal.textContent()).toContain('pas une certification');
		expect(await s.page.getByTestId('seal-overall').textContent()).toMatch(/SEAL-\d|non évaluable/);
		expect(await s.page.locator('#tnl').textContent()).toContain('pas une prédiction du label');
	});

	test('every chart has its data-table alternative, and the charts are painted', async () => {
		const figures = s.page.locator('figure.chart');
		const count = await figures.count();
		expect(count).toBeGreaterThanOrEqual(2);
		for (let i = 0; i < count; i++) {
			const figure = figures.nth(i);
			await figure.locator('canvas[data-ready=true]').waitFor();
			await figure.locator('details.chart-table summary').click();
			expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
			expect(await figure.locator('.chart-summary').textContent()).toMatch(/\w{4,}/);
		}
		for (const id of ['chart-composite', 'chart-trend'])
			expect(await s.page.locator(`#${id}`).count(), id).toBe(1);
		const painted = await s.page.locator('#chart-composite').evaluate((c: HTMLCanvasElement) => {
			const px = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
			let n = 0;
			for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
			return n;
		});
		expect(painted).toBeGreaterThan(1000);
		expect(s.consoleErrors).toEqual([]);
		await screenshot(s.page, 'souverainete-elu');
	});

	test('at tablet width (820 px) the page does not scroll sideways', async () => {
		const tablet = await openSession({ viewport: { width: 820, height: 1100 } });
		try {
			await signIn(tablet.page, baseUrl, DEMO_LOGINS.elected);
			await tablet.page.goto(baseUrl + '/souverainete');
			const width = await tablet.page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(820);
			await screenshot(tablet.page, 'souverainete-tablette');
		} finally {
			await tablet.close();
		}
	});
});

describe('fiche produit, par l’agent des finances', () => {
	const baseUrl = inject('baseUrl');
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, DEMO_LOGINS.finance);
	});
	afterAll(async () => s?.close());

	test('an incomplete product is completed from its page, and the list shows it complete', async () => {
		await s.page.goto(baseUrl + '/produits');
		// The first incomplete product whose data location is unknown and which costs nothing this year.
		const rows = s.page.locator('[data-testid=products-table] tbody tr');
		let name: string | null = null;
		for (let i = 0; i < (await rows.count()) && name === null; i++) {
			const [status, , , , hosting, , , spend] = await rows.nth(i).locator('td').allTextContents();
			if (status.includes('Incomplet') && hosting.includes('inconnu') && spend.trim() === '—')
				name = await rows.nth(i).locator('th a').textContent();
		}
		if (!name) throw new Error('aucun produit incomplet sans dépense dans la démonstration');
		await rows.locator('th a', { hasText: name }).first().click();
		await s.page.waitForURL(/\/produits\/\d+$/);
		expect(await s.page.getByTestId('missing-attributes').textContent()).toContain('hébergement');

		if ((await s.page.getByLabel('Fournisseur (éditeur ou prestataire)').inputValue()) === '')
			await s.page.getByLabel('Fournisseur (éditeur ou prestataire)').fill('Éditeur de test');
		if ((await s.page.getByLabel('Licence', { exact: true }).inputValue()) === '')
			await s.page.getByLabel('Licence', { exact: true }).selectOption('proprietary');
		await s.page.getByLabel('Pays du fournisseur').fill('de');
		await s.page.getByLabel('Où sont les données ?').selectOption('on-premises');
		await s.page.getByLabel('Enregistre par défaut dans des formats ouverts (ODF…) ?').selectOption('false');
		await s.page.getByRole('button', { name: 'Enregistrer' }).click();
		await s.page.getByTestId('product-saved').waitFor();

		await s.page.reload();
		expect(await s.page.getByLabel('Pays du fournisseur').inputValue()).toBe('DE');
		expect(await s.page.getByLabel('Où sont les données ?').inputValue()).toBe('on-premises');
		await screenshot(s.page, 'produit-modifie');

		await s.page.goto(baseUrl + '/produits');
		const row = s.page.locator('[data-testid=products-table] tbody tr', { hasText: name }).first();
		expect(await row.locator('td').first().textContent()).toContain('Complet');
	});

	test('an invalid value is refused with a French message next to the field', async () => {
		await s.page.goto(baseUrl + '/produits');
		await s.page.locator('[data-testid=products-table] tbody tr th a').first().click();
		await s.page.waitForURL(/\/produits\/\d+$/);
		await s.page.getByLabel('Pays du fournisseur').fill('1x');
		await s.page.getByRole('button', { name: 'Enregistrer' }).click();
		await s.page.locator('#f-vendorCountry-error').waitFor();
		expect(await s.page.locator('#f-vendorCountry-error').textContent()).toContain('deux lettres');
		expect(await s.page.getByLabel('Pays du fournisseur').getAttribute('aria-invalid')).toBe('true');
	});
});

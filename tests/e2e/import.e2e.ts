/**
 * A finance officer (of the e2e server's second organisation, so that the demo commune other tests read stays
 * as shipped) imports files in the browser: the preview of a recognised file, the errors of a bad one
 * (read and downloadable), confirm, and the figures on the dashboard. Imported text is shown, never run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { THREAD_FROM_BYTES } from '../../src/lib/server/services/import-reader-pool';
import { OTHER_ORG_USER, openSession, screenshot, signIn, type Session } from './helpers/browser';

/** Picks files in the Imports page once it is live (its file input is disabled until the page's script runs). */
async function chooseFiles(page: Page, files: string | string[]): Promise<void> {
	await page.waitForSelector('#file-input:enabled', { state: 'attached' });
	await page.setInputFiles('#file-input', files);
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'csv');
const INVOICES = join(FIXTURES, 'finances_factures-logiciels_excel-fr_cp1252.csv');
const ROOT = join(import.meta.dirname, '..', '..');

describe('imports in the browser', () => {
	const baseUrl = inject('baseUrl');
	const dir = mkdtempSync(join(tmpdir(), 'cap-libre-e2e-files-'));
	let s: Session;

	beforeAll(async () => {
		s = await openSession();
		await signIn(s.page, baseUrl, OTHER_ORG_USER);
	});
	afterAll(async () => {
		await s?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	test('a file with a bad amount is refused with its line and column, and the errors can be downloaded', async () => {
		const bad = join(dir, 'factures-avec-erreur.csv');
		writeFileSync(
			bad,
			Buffer.from(readFileSync(INVOICES, 'latin1').replace('1\u00a0094,40', '1\u00a00x4,40'), 'latin1')
		);
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, bad);
		const errors = s.page.getByTestId('import-errors');
		await errors.waitFor();
		expect(await errors.textContent()).toMatch(/Montant HT|TVA|TTC/);
		expect(await s.page.getByRole('alert').first().textContent()).toContain('refusé');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: /Télécharger les erreurs/ }).click()
		]);
		const csv = readFileSync((await download.path()) as string, 'utf8');
		expect(csv.startsWith('\ufeff')).toBe(true);
		expect(csv).toContain(';');
		await screenshot(s.page, 'import-erreurs');
		expect(await s.page.getByRole('button', { name: 'Confirmer l’import' }).count()).toBe(0);
	});

	test('a recognised file is previewed, confirmed, then its spend appears on the dashboard', async () => {
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, INVOICES);
		await s.page.getByTestId('import-format').waitFor();
		expect(await s.page.getByTestId('import-format').textContent()).toMatch(/[Ff]acture/);
		expect(await s.page.getByTestId('import-rows').textContent()).toMatch(/^\s*9\b/);
		await screenshot(s.page, 'import-apercu');
		await s.page.getByRole('button', { name: 'Confirmer l’import' }).click();
		await s.page.getByTestId('import-outcome').waitFor();
		expect(await s.page.getByTestId('import-outcome').textContent()).toContain('9 lignes');
		expect(await s.page.getByTestId('import-history').textContent()).toContain(
			'finances_factures-logiciels_excel-fr_cp1252.csv'
		);

		await s.page.goto(baseUrl + '/?annee=2024');
		expect(await s.page.getByTestId('kf-annual-spend').textContent()).toBe('33\u202f797\u00a0€');
	});

	test('a file of no known format is mapped column by column from a guess, then recognised next time', async () => {
		const unknown = join(FIXTURES, 'extra', 'inconnu_liste-outil-metier.csv');
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, unknown);
		const form = s.page.locator('form.mapping');
		await form.waitFor();
		// The guess: agents' e-mails as identifiers, the tool as product.
		expect(await s.page.locator('#map-agentId').inputValue()).toBe('Agent');
		expect(await s.page.locator('#map-productName').inputValue()).toBe('Outil');
		await form.getByRole('button', { name: 'Analyser avec ces colonnes' }).click();
		await s.page.getByRole('button', { name: 'Confirmer l’import' }).waitFor();
		expect(await s.page.getByTestId('import-format').textContent()).toContain('colonnes associées');
		expect(await s.page.getByTestId('import-rows').textContent()).toMatch(/^\s*2\b/);
		await s.page.getByRole('button', { name: 'Confirmer l’import' }).click();
		await s.page.getByTestId('import-outcome').waitFor();

		// Same header, other rows: the saved mapping is used without asking.
		const again = join(dir, 'outil-metier-mars.csv');
		writeFileSync(
			again,
			'Agent;Outil;Dernière connexion;Remarque\r\nlea.martin@commune-exemple.fr;Parapheur électronique;03/03/2025;\r\n'
		);
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, again);
		await s.page.getByRole('button', { name: 'Confirmer l’import' }).waitFor();
		expect(await s.page.getByTestId('import-format').textContent()).toContain('colonnes associées');
		expect(await s.page.locator('form.mapping').count()).toBe(0);
	});

	test('an empty file is refused as an empty file', async () => {
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, join(FIXTURES, 'vide.csv'));
		await s.page.getByText('fichier vide (0 octet)').waitFor();
	});

	test('text from an imported file is displayed as text, never run', async () => {
		const hostile = join(dir, 'factures-hostiles.csv');
		const header =
			'Fournisseur;N° facture;Date facture;Logiciel / prestation;Compte (M57);Montant HT;TVA;Montant TTC';
		const line = `Revendeur <b>gras</b>;F-1;15/01/2024;<script>window.__xss=1</script><img src=x onerror="window.__xss=2">;6156;100,00 €;20,00 €;120,00 €`;
		writeFileSync(hostile, `${header}\r\n${line}\r\n`);
		let dialogs = 0;
		s.page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, hostile);
		await s.page.getByRole('button', { name: 'Confirmer l’import' }).click();
		await s.page.getByTestId('import-outcome').waitFor();
		for (const path of ['/imports', '/licences', '/produits', '/?annee=2024']) {
			await s.page.goto(baseUrl + path);
			expect(await s.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		}
		await s.page.goto(baseUrl + '/licences');
		expect(await s.page.content()).not.toContain('<script>window.__xss=1</script>');
		expect(dialogs).toBe(0);
	});

	test('a large usage report (over 8 MB) is read on the server’s reader thread, previewed and imported', async () => {
		const big = join(dir, 'usage-60000.csv');
		execFileSync(process.execPath, [
			join(ROOT, 'bench', 'gen-usage.mjs'),
			'60000',
			'--seed',
			'3',
			'--out',
			big
		]);
		expect(statSync(big).size).toBeGreaterThan(THREAD_FROM_BYTES);
		await s.page.goto(baseUrl + '/imports');
		await chooseFiles(s.page, big);
		await s.page.getByTestId('import-format').waitFor({ timeout: 60_000 });
		expect(await s.page.getByTestId('import-rows').textContent()).toMatch(/^\s*60\s000\b/);
		await s.page.getByRole('button', { name: 'Confirmer l’import' }).click();
		await s.page.getByTestId('import-outcome').waitFor({ timeout: 60_000 });
		expect(await s.page.getByTestId('import-outcome').textContent()).toMatch(/60\s000 lignes/);
	});
});

describe('a whole session stays on this server', () => {
	const baseUrl = inject('baseUrl');

	test('login, import, dashboard and reports load nothing from another host; the only cookie is the session', async () => {
		const s = await openSession();
		try {
			await signIn(s.page, baseUrl, OTHER_ORG_USER);
			await s.page.goto(baseUrl + '/imports');
			await chooseFiles(s.page, join(FIXTURES, 'adobe_admin-console-users.csv'));
			await s.page.getByTestId('import-format').waitFor();
			for (const path of [
				'/',
				'/licences',
				'/scenarios',
				'/souverainete',
				'/rapports',
				'/donnees-personnelles'
			]) {
				await s.page.goto(baseUrl + path);
				await s.page.waitForLoadState('networkidle');
			}
			const { foreignRequests } = await import('./helpers/browser');
			expect(foreignRequests(s.requests, baseUrl)).toEqual([]);
			expect((await s.context.cookies()).map((c) => c.name)).toEqual(['cap_session']);
		} finally {
			await s.close();
		}
	});
});

/**
 * Debian's chromium driven by playwright-core. Every request the page makes is recorded, so a test can
 * assert that nothing left for another host.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

export interface Session {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** Every URL requested by the pages of this session. */
	requests: string[];
	consoleErrors: string[];
	close(): Promise<void>;
}

export async function openSession(
	options: { viewport?: { width: number; height: number } } = {}
): Promise<Session> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const context = await browser.newContext({
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		viewport: options.viewport ?? { width: 1280, height: 900 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (req) => requests.push(req.url()));
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(err.message));
	return {
		browser,
		context,
		page,
		requests,
		consoleErrors,
		close: () => browser.close()
	};
}

/** URLs that went anywhere but the app's own origin (data: and blob: URLs are local). */
export function foreignRequests(requests: string[], baseUrl: string): string[] {
	const origin = new URL(baseUrl).origin;
	return requests.filter(
		(u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin
	);
}

export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const path = join(SCREENSHOT_DIR, `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	return path;
}

export { DEMO_LOGINS, OTHER_ORG_USER } from './accounts';

/** Signs in through the login form, as a person would. */
export async function signIn(
	page: Page,
	baseUrl: string,
	who: { email: string; password: string }
): Promise<void> {
	await page.goto(baseUrl + '/login');
	await page.fill('#email', who.email);
	await page.fill('#password', who.password);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.startsWith('/login')),
		page.click('form button[type=submit]')
	]);
}

/**
 * axe-core, injected from its npm package into the page under test. It is evaluated through the DevTools
 * protocol rather than added as a <script>: the app's CSP (script-src 'self' + nonce) rightly refuses an
 * inline script, and the check must not weaken it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	join(import.meta.dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
	'utf8'
);

interface AxeResult {
	violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

declare global {
	interface Window {
		axe: { run(options: object): Promise<AxeResult> };
	}
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Runs axe on the current page (WCAG 2.1 A/AA rules) and returns its violations, each with its targets. */
export async function findAxeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		const result = await window.axe.run({
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
	});
}

/**
 * Scrolls every chart into view and waits until none is pending: the dashboards load Chart.js only for
 * charts near the screen (routes/LazyChart.svelte).
 */
export async function loadAllCharts(page: Page): Promise<void> {
	for (;;) {
		const pending = await page.evaluate(() => {
			const el = document.querySelector('[data-chart-pending]');
			el?.scrollIntoView({ block: 'center' });
			return el?.getAttribute('data-chart-pending') ?? null;
		});
		if (pending === null) return;
		await page.waitForFunction((id) => !document.querySelector(`[data-chart-pending="${id}"]`), pending);
	}
}

/** Loads every chart, then opens its data table, so a test (and axe) sees the alternatives. */
export async function openChartTables(page: Page): Promise<number> {
	await loadAllCharts(page);
	const summaries = page.locator('figure.chart details.chart-table:not([open]) > summary');
	const count = await summaries.count();
	for (let i = 0; i < count; i++) await summaries.nth(0).click();
	return count;
}

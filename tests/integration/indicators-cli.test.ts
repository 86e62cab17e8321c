/**
 * `cap-libre indicators` as a user runs it: on a data directory with the demo loaded by `cap-libre demo`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCliDataDir, type CliDataDir } from '../helpers/cli';

describe('cap-libre indicators', () => {
	let cli: CliDataDir;
	const run = (...args: string[]) => cli.run(...args);

	beforeAll(() => {
		cli = createCliDataDir('indicators', { demo: true });
	}, 150_000);
	afterAll(() => cli.remove());

	test('--json prints an array of {id, name, value, unit, coverage, level?}', () => {
		const result = run('indicators', '--json');
		expect(result.status, result.stderr).toBe(0);
		const rows: unknown = JSON.parse(result.stdout);
		expect(Array.isArray(rows)).toBe(true);
		const list = rows as Record<string, unknown>[];
		expect(list.length).toBeGreaterThanOrEqual(17);
		for (const row of list) {
			expect(Object.keys(row).sort()).toEqual(
				'level' in row
					? ['coverage', 'id', 'level', 'name', 'unit', 'value']
					: ['coverage', 'id', 'name', 'unit', 'value']
			);
			expect(typeof row.id).toBe('string');
			expect(typeof row.name).toBe('string');
			expect(['ratio', 'cents', 'hhi', 'score']).toContain(row.unit);
			expect(row.value === null || typeof row.value === 'number').toBe(true);
			expect(row.coverage).toBeGreaterThanOrEqual(0);
			expect(row.coverage).toBeLessThanOrEqual(1);
		}
		const ids = list.map((r) => r.id);
		expect(ids).toContain('open-source-seats-share');
		expect(ids).toContain('vendor-hhi');
		const seal = list.find((r) => r.id === 'seal-score');
		expect(seal && 'level' in seal && [null, 0, 1, 2, 3, 4].includes(seal.level as number)).toBe(true);
		const nonEu = list.find((r) => r.id === 'non-eu-spend');
		expect(nonEu?.unit).toBe('cents');
		expect(Number.isInteger(nonEu?.value)).toBe(true);
	});

	test('without --json, one line per indicator with value and coverage, then the overall level', () => {
		const result = run('indicators', '--org', 'saint-exemple-sur-loire');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(
			/^Indicateurs de souveraineté — Saint-Exemple-sur-Loire \(dépenses 2025, factures\)/
		);
		expect(result.stdout).toMatch(
			/Concentration des fournisseurs \(HHI\) +[\d\u202f]+ \/ 10\u202f000 +couverture \d+\u00a0%/
		);
		expect(result.stdout).toMatch(/Niveau global : (SEAL-\d|non évaluable)/);
		expect(result.stdout).toContain('pas une certification');
	});

	test.each([
		[['indicators', '--bogus'], /option inconnue : --bogus/],
		[['indicators', '--org', 'inconnue'], /Collectivité inconnue/]
	])('%j is a usage error (exit 2) with a French message', (args, message) => {
		const result = run(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
	});
});

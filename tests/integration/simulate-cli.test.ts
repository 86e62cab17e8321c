/**
 * `cap-libre simulate` as a user runs it: a fresh data directory (no organisation, so the file's inline
 * inputs alone), the Toulouse example of docs/examples, JSON output, and the exit codes.
 * Published case: about €1M saved over the first 3 years (next.ink, 28 Jul 2014); tolerance ±20 % because
 * the published figures are rounded ("about") — see src/lib/domain/savings/toulouse.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCliDataDir, type CliDataDir } from '../helpers/cli';

const PUBLISHED_CENTS = 100_000_000;

describe('cap-libre simulate', () => {
	let cli: CliDataDir;
	let dataDir: string;
	const run = (...args: string[]) => cli.run('simulate', ...args);

	beforeAll(() => {
		cli = createCliDataDir('simulate', { demo: false });
		dataDir = cli.dir;
	});
	afterAll(() => cli.remove());

	test('the Toulouse example gives about €1M over 3 years, as JSON', () => {
		const result = run('docs/examples/toulouse.json', '--json');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const output = JSON.parse(result.stdout);
		expect(output).toMatchObject({ horizonYears: 3, discountRate: 0, organisation: null, filled: [] });
		expect(output.years.map((y: { year: number }) => y.year)).toEqual([1, 2, 3]);
		expect(Math.abs(output.cumulativeSavingsCents - PUBLISHED_CENTS)).toBeLessThanOrEqual(
			PUBLISHED_CENTS * 0.2
		);
		// Hand computation: 9,000 seats × 66.67 € × 3 years − 9,000 × 88.89 € = 1,000,080 €.
		expect(output.cumulativeSavingsCents).toBe(100_008_000);
		expect(output.npvCents).toBe(output.cumulativeSavingsCents);
		expect(output.paybackYear).toBe(2);
		expect(output.monteCarlo).toMatchObject({ draws: 10_000, seed: 20251014, probabilityOfSaving: 1 });
		expect(output.monteCarlo.cumulativeSavings.p50).toBe(100_008_000);
		expect(output.band).toHaveLength(3);
	});

	test('without --json it prints the yearly table, NPV, payback and percentiles in French', () => {
		const result = run('docs/examples/toulouse.json');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Valeur actuelle nette (0\u00a0%) : 1\u202f000\u202f080,00\u00a0€');
		expect(result.stdout).toContain('Retour sur investissement : année 2');
		expect(result.stdout).toMatch(/Économies cumulées\s+P10 1\u202f000\u202f080,00\u00a0€/);
		expect(result.stdout.split('\n').filter((line) => /^\s+[123]\s/.test(line))).toHaveLength(3);
	});

	test.each([
		[
			'an invalid scenario',
			'{"name": "x", "horizonYears": 0, "lines": []}',
			'horizonYears : entier entre 1 et 30'
		],
		['unreadable JSON', '{ "name": ', 'JSON illisible']
	])('%s exits 1 with a French message on stderr', (_case, content, message) => {
		const file = join(dataDir, 'scenario.json');
		writeFileSync(file, content);
		const result = run(file);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(message);
	});

	test.each([
		['no file', [], 'usage : cap-libre simulate'],
		['a missing file', ['absent.json'], 'fichier introuvable'],
		['an unknown option', ['docs/examples/toulouse.json', '--bof'], 'usage : cap-libre simulate'],
		[
			'an unknown organisation',
			['docs/examples/toulouse.json', '--org', 'nulle-part'],
			'Collectivité inconnue'
		]
	])('%s is a usage error (exit 2)', (_case, args, message) => {
		const result = run(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
	});
});

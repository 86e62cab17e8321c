/**
 * `cap-libre report` as a user runs it: on a data directory where `cap-libre demo` was run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCliDataDir, ROOT, type CliDataDir } from '../helpers/cli';

describe('cap-libre report', () => {
	let cli: CliDataDir;
	let dataDir: string;
	const run = (...args: string[]) => cli.run(...args);

	beforeAll(() => {
		cli = createCliDataDir('report', { demo: true });
		dataDir = cli.dir;
	}, 150_000);
	afterAll(() => cli.remove());

	test('writes the PDF, prints its path and exits 0', () => {
		const out = join(dataDir, 'rapports', 'r.pdf');
		const result = run('report', '--out', out);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.trim()).toBe(out);
		expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	}, 120_000);

	test('--org, --scenario and --lang fr are accepted', () => {
		const out = join(dataDir, 'r-ambitieux.pdf');
		const result = run(
			'report',
			'--out',
			out,
			'--org',
			'saint-exemple-sur-loire',
			'--scenario',
			'3',
			'--lang',
			'fr'
		);
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(out)).toBe(true);
	}, 120_000);

	test.each([
		['no --out', ['report'], /--out est obligatoire/],
		['an unknown option', ['report', '--out', 'x.pdf', '--format', 'a3'], /option inconnue : --format/],
		['an unknown organisation', ['report', '--out', 'x.pdf', '--org', 'nulle-part'], /Collectivité inconnue/],
		['an unknown scenario', ['report', '--out', 'x.pdf', '--scenario', '999'], /scénario inconnu : 999/],
		['a scenario that is not a number', ['report', '--out', 'x.pdf', '--scenario', 'central'], /numéro/],
		['a language other than French', ['report', '--out', 'x.pdf', '--lang', 'en'], /langue non disponible/]
	])('exits 2 with a French message on %s', (_, args, message) => {
		const result = run(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(existsSync(join(ROOT, 'x.pdf'))).toBe(false);
	});
});

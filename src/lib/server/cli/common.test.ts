import { describe, expect, test } from 'vitest';
import { HelpRequested, parseCommandArgs, UsageError } from './common';

const USAGE = 'usage : cap-libre essai <fichier> [--org <id>] [--json]';
const parse = (args: string[], allowPositionals = true) =>
	parseCommandArgs(USAGE, {
		args,
		allowPositionals,
		options: { org: { type: 'string' }, json: { type: 'boolean' } }
	});

describe('parseCommandArgs', () => {
	test('parses options and positionals', () => {
		const { values, positionals } = parse(['a.csv', '--org', 'ville', '--json']);
		expect(values).toEqual({ org: 'ville', json: true });
		expect(positionals).toEqual(['a.csv']);
	});

	test.each([['--help'], ['-h'], ['a.csv', '--help']])('%s asks for the usage', (...args) => {
		expect(() => parse(args)).toThrow(HelpRequested);
		expect(() => parse(args)).toThrow(USAGE);
	});

	test.each([
		[['--bogus'], true, 'option inconnue : --bogus.'],
		[['--org'], true, 'valeur absente ou en trop pour l’option --org.'],
		[['--json=oui'], true, 'valeur absente ou en trop pour l’option --json.'],
		[['extra'], false, 'argument inattendu : « extra ».']
	])('%j is explained in French, with the usage', (args, positionals, message) => {
		let error: unknown;
		try {
			parse(args, positionals);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(UsageError);
		expect((error as Error).message).toBe(`${message}\n${USAGE}`);
	});
});

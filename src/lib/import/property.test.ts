// eslint-disable-next-line no-restricted-imports -- the test reads fixture files to mutate them; the pipeline does no I/O
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseBytes, type AnalysisResult } from './index';

const ctx = { pseudonymise: (id: string) => `k${id.length}` };
const dirs = [
	new URL('../../../tests/fixtures/csv/', import.meta.url),
	new URL('../../../tests/fixtures/csv/extra/', import.meta.url)
];
const fixtures = dirs.flatMap((dir) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.map((f) => new Uint8Array(readFileSync(new URL(f, dir))))
);

const MONEY_FIELDS = [
	'unitPriceCents',
	'amountExclTaxCents',
	'taxCents',
	'amountInclTaxCents',
	'amountCents'
];

/** What must hold for any input: a French rejection, or a consistent result whose amounts are integer cents. */
function checkResult(r: AnalysisResult): void {
	if (r.status === 'rejected') {
		expect(r.rejection?.message).toMatch(/fichier/i);
		expect(r.records).toEqual([]);
		return;
	}
	expect(r.summary).not.toBeNull();
	for (const record of r.records) {
		if (record.kind !== 'usage') expect(typeof record.key).toBe('string');
		expect(Number.isInteger(record.line)).toBe(true);
		const fields = record as unknown as Record<string, unknown>;
		for (const f of MONEY_FIELDS)
			if (fields[f] !== undefined && fields[f] !== null) expect(Number.isSafeInteger(fields[f])).toBe(true);
	}
	for (const issue of [...(r.summary?.errors ?? []), ...(r.summary?.warnings ?? [])])
		expect(issue.message.length).toBeGreaterThan(10);
}

const INSERTS = [';', '"', '\n', '\r\n', ',', '\t', '""'].map((s) => new TextEncoder().encode(s));

type Mutation =
	| { kind: 'flip'; at: number; byte: number }
	| { kind: 'truncate'; at: number }
	| { kind: 'insert'; at: number; what: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.nat(INSERTS.length - 1) })
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
	let out = bytes;
	for (const m of mutations) {
		const at = out.length === 0 ? 0 : m.at % (out.length + 1);
		if (m.kind === 'flip' && at < out.length) {
			out = out.slice();
			out[at] = m.byte;
		} else if (m.kind === 'truncate') out = out.slice(0, at);
		else if (m.kind === 'insert') {
			const piece = INSERTS[m.what];
			const next = new Uint8Array(out.length + piece.length);
			next.set(out.subarray(0, at));
			next.set(piece, at);
			next.set(out.subarray(at), at + piece.length);
			out = next;
		}
	}
	return out;
}

describe('the importer never crashes', () => {
	test('random bytes never throw and a rejection always has a French message', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
				checkResult(analyseBytes(bytes, ctx));
			}),
			{ numRuns: 400 }
		);
	});

	test('random text made of CSV-ish characters never throws', () => {
		const alphabet = fc.constantFrom(
			';',
			',',
			'"',
			'\n',
			'\r',
			'\t',
			'a',
			'É',
			'1',
			' ',
			'€',
			'/',
			'-',
			'@',
			'\u00a0'
		);
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 400 }), (chars) => {
				checkResult(analyseBytes(new TextEncoder().encode(chars.join('')), ctx));
			}),
			{ numRuns: 400 }
		);
	});

	test('mutated fixtures (byte flips, truncations, inserted ; " and newlines) never throw', () => {
		fc.assert(
			fc.property(
				fc.nat(fixtures.length - 1),
				fc.array(mutation, { minLength: 1, maxLength: 8 }),
				(i, mutations) => {
					checkResult(analyseBytes(mutate(fixtures[i], mutations), ctx));
				}
			),
			{ numRuns: 600 }
		);
	});
});

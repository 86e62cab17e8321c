import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { convertWoffToSfnt, FONT_FILES, readFontFile, resolveFontsDir } from './pdf-fonts';

function makeTree(fontsAt: string, startAt: string): { root: string; start: string } {
	const root = mkdtempSync(join(tmpdir(), 'cap-libre-fonts-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, fontsAt), { recursive: true });
	writeFileSync(join(root, fontsAt, FONT_FILES.regular), 'x');
	mkdirSync(join(root, startAt), { recursive: true });
	return { root, start: join(root, startAt) };
}

describe('resolveFontsDir', () => {
	test.each([
		['the sources (src/lib/server/reports)', 'static/fonts', 'src/lib/server/reports'],
		['the bundled server (build/server/chunks)', 'static/fonts', 'build/server/chunks'],
		['a deployment of build/ alone (build/client/fonts)', 'build/client/fonts', 'build/server/chunks']
	])('finds the fonts from %s', (_, fontsAt, startAt) => {
		const { root, start } = makeTree(fontsAt, startAt);
		expect(resolveFontsDir(start)).toBe(join(root, fontsAt));
	});

	test('says in French where it looked when no fonts are found', () => {
		const start = mkdtempSync(join(tmpdir(), 'cap-libre-nofonts-'));
		onTestFinished(() => rmSync(start, { recursive: true, force: true }));
		expect(() => resolveFontsDir(start)).toThrow(/Polices introuvables/);
	});

	test('finds the shipped fonts from this module', () => {
		expect(resolveFontsDir()).toMatch(/static[/\\]fonts$/);
	});
});

/** OpenType table checksum: sum of big-endian uint32 words, zero-padded. */
function computeChecksum(data: Buffer): number {
	const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
	return sum;
}

describe('convertWoffToSfnt', () => {
	test.each(['regular', 'bold'] as const)(
		'unpacks the shipped %s WOFF into a TrueType file whose tables check out',
		(weight) => {
			const sfnt = readFontFile(weight);
			expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
			const numTables = sfnt.readUInt16BE(4);
			expect(numTables).toBeGreaterThan(10);
			for (let i = 0; i < numTables; i++) {
				const record = 12 + i * 16;
				const tag = sfnt.toString('latin1', record, record + 4);
				const offset = sfnt.readUInt32BE(record + 8);
				const length = sfnt.readUInt32BE(record + 12);
				expect(offset % 4, tag).toBe(0);
				// 'head' holds the whole-font checksum adjustment, which its own checksum excludes.
				if (tag !== 'head')
					expect(computeChecksum(sfnt.subarray(offset, offset + length)), tag).toBe(
						sfnt.readUInt32BE(record + 4)
					);
			}
		}
	);

	test('leaves a file that is not WOFF untouched', () => {
		const ttf = Buffer.from([0, 1, 0, 0, 0, 0]);
		expect(convertWoffToSfnt(ttf)).toBe(ttf);
	});
});

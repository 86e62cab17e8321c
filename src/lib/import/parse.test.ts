import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { parseRecords, streamRecords } from './parse';
import type { Delimiter } from './types';

const cases: [string, string, Delimiter, string[][]][] = [
	[
		'LF',
		'a;b\n1;2\n',
		';',
		[
			['a', 'b'],
			['1', '2']
		]
	],
	[
		'CRLF',
		'a;b\r\n1;2\r\n',
		';',
		[
			['a', 'b'],
			['1', '2']
		]
	],
	[
		'no final newline',
		'a;b\n1;2',
		';',
		[
			['a', 'b'],
			['1', '2']
		]
	],
	[
		'CRLF between records and LF inside a cell (Excel)',
		'a;b\r\n"x\ny";2\r\n',
		';',
		[
			['a', 'b'],
			['x\ny', '2']
		]
	],
	[
		'CRLF inside a quoted cell',
		'a;b\r\n"x\r\ny";2\r\n',
		';',
		[
			['a', 'b'],
			['x\r\ny', '2']
		]
	],
	[
		'mixed LF and CRLF records',
		'a;b\n1;2\r\n3;4\n',
		';',
		[
			['a', 'b'],
			['1', '2'],
			['3', '4']
		]
	],
	[
		'quoted delimiter and doubled quotes',
		'a,b\n"1,5","dit ""oui"""\n',
		',',
		[
			['a', 'b'],
			['1,5', 'dit "oui"']
		]
	],
	[
		'blank lines kept as [""] so index + 1 = Excel row',
		'a;b\n\n1;2\n\n',
		';',
		[['a', 'b'], [''], ['1', '2'], ['']]
	],
	[
		'separator-only rows kept',
		'a;b\n;\n',
		';',
		[
			['a', 'b'],
			['', '']
		]
	],
	[
		'quoted last cell before CRLF',
		'"a";"b"\r\n"1";"2"\r\n',
		';',
		[
			['a', 'b'],
			['1', '2']
		]
	],
	[
		'old Mac CR line ends',
		'a;b\r1;2\r',
		';',
		[
			['a', 'b'],
			['1', '2']
		]
	],
	['empty text', '', ';', []]
];

describe('parseRecords', () => {
	test.each(cases)('%s', (_label, text, delimiter, expected) => {
		expect(parseRecords(text, delimiter)).toEqual(expected);
	});

	test('maxRecords stops early', () => {
		expect(parseRecords('a\nb\nc\nd\n', ';', 2)).toEqual([['a'], ['b']]);
	});
});

describe('streamRecords gives the same records and line numbers as parseRecords', () => {
	test.each(cases.filter(([label]) => label !== 'old Mac CR line ends'))(
		'%s',
		async (_label, text, delimiter, expected) => {
			const seen: [string[], number][] = [];
			const chunks =
				text.length > 4
					? [text.slice(0, 4), text.slice(4, 9), text.slice(9)].filter((c) => c !== '')
					: [text];
			const n = await streamRecords(Readable.from(chunks), delimiter, (cells, line) =>
				seen.push([cells, line])
			);
			expect(seen.map(([cells]) => cells)).toEqual(expected);
			expect(seen.map(([, line]) => line)).toEqual(expected.map((_, i) => i + 1));
			expect(n).toBe(expected.length);
		}
	);
});

import { describe, expect, test } from 'vitest';
import { checkBytes, checkText, decodeBytes, detectEncoding } from './decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (s: string) => new TextEncoder().encode(s);
const MAX = 10 * 1024 * 1024;

describe('checkText: pages that only show once decoded (UTF-16)', () => {
	test.each([
		['\ufeff<!DOCTYPE html>\r\n<html>', 'html'],
		['  <html><body>', 'html'],
		['<?xml version="1.0" encoding="UTF-16"?>', 'xml'],
		['Nom\tÉditeur\tLicences', null],
		['<Nom>;Licences', null]
	])('%j → %s', (start, code) => {
		expect(checkText(start)?.code ?? null).toBe(code);
	});
});

describe('checkBytes', () => {
	test.each([
		['an empty file', new Uint8Array(0), 'empty', 'fichier vide'],
		['a UTF-8 BOM alone', bytes(0xef, 0xbb, 0xbf), 'blank', 'fichier vide'],
		['blank lines only', ascii('\r\n  \n\t\n'), 'blank', 'fichier vide'],
		['a UTF-16LE BOM and spaces', bytes(0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00), 'blank', 'fichier vide'],
		['an .xlsx renamed .csv', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'xlsx', 'enregistrez le classeur'],
		['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), 'xls', 'enregistrez le classeur'],
		[
			'an HTML page',
			ascii('\n  <!DOCTYPE html><html><body>Session expirée</body></html>'),
			'html',
			'page web'
		],
		['an HTML page after a BOM', bytes(0xef, 0xbb, 0xbf, ...ascii('<HTML><head>')), 'html', 'page web'],
		['a PDF', ascii('%PDF-1.7\n%âãÏÓ'), 'pdf', 'PDF'],
		['an XML spreadsheet', ascii('<?xml version="1.0"?><Workbook>'), 'xml', 'XML'],
		[
			'a PNG image',
			bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
			'binary',
			'binaire'
		],
		['control characters', ascii('a;b\n\x01\x02\x03\x04\x05;\x06\n'), 'binary', 'binaire']
	])('rejects %s (%s) with a French message', (_label, head, code, words) => {
		const r = checkBytes(head, head.length, MAX);
		expect(r?.code).toBe(code);
		expect(r?.message).toContain(words);
	});

	test('rejects a file above the limit and gives the limit in Mo', () => {
		const r = checkBytes(ascii('a;b\n'), 60 * 1024 * 1024, 50 * 1024 * 1024);
		expect(r?.code).toBe('too-large');
		expect(r?.message).toContain('50 Mo');
	});

	test.each([
		['a UTF-8 CSV', ascii('Nom;Montant\nA;1\n')],
		['a cp1252 CSV with € (0x80)', bytes(...ascii('Montant\n12 '), 0x80, 0x0d, 0x0a)],
		[
			'a UTF-16LE CSV with BOM (NUL bytes are legitimate)',
			bytes(0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0, 0x0d, 0, 0x0a, 0)
		],
		['a UTF-16LE CSV without BOM', bytes(0x61, 0, 0x09, 0, 0x62, 0, 0x0d, 0, 0x0a, 0, 0x63, 0)],
		['a head of whitespace when the file goes on', ascii('   ')]
	])('accepts %s', (_label, head) => {
		expect(checkBytes(head, head.length === 3 ? 1000 : head.length, MAX)).toBeNull();
	});
});

describe('detectEncoding', () => {
	test.each([
		['UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'utf-8', 3],
		['UTF-16LE BOM', bytes(0xff, 0xfe, 0x61, 0), 'utf-16le', 2],
		['UTF-16BE BOM', bytes(0xfe, 0xff, 0, 0x61), 'utf-16be', 2],
		['BOM-less UTF-16LE', bytes(0x61, 0, 0x3b, 0, 0x62, 0, 0x0a, 0), 'utf-16le', 0],
		['BOM-less UTF-16BE', bytes(0, 0x61, 0, 0x3b, 0, 0x62, 0, 0x0a), 'utf-16be', 0],
		['valid UTF-8 without BOM', ascii('Éditeur;Montant\n'), 'utf-8', 0],
		['cp1252 (É = 0xC9 alone is invalid UTF-8)', bytes(0xc9, 0x64, 0x69, 0x74), 'windows-1252', 0],
		['cp1252 euro sign 0x80', bytes(0x31, 0x32, 0x20, 0x80), 'windows-1252', 0],
		['a UTF-8 head cut inside a 3-byte character', bytes(0x61, 0xe2, 0x82), 'utf-8', 0],
		['a UTF-8 head cut inside a 2-byte character', bytes(0x61, 0x3b, 0xc3), 'utf-8', 0],
		['pure ASCII (PowerShell 5.1)', ascii('"SkuPartNumber","ConsumedUnits"'), 'utf-8', 0]
	])('%s → %s', (_label, input, encoding, bomLength) => {
		expect(detectEncoding(input)).toEqual({ encoding, bomLength });
	});
});

describe('decodeBytes', () => {
	test.each([
		[
			'cp1252 euro 0x80 and NBSP 0xA0',
			bytes(0x31, 0xa0, 0x32, 0x33, 0x34, 0x2c, 0x35, 0x36, 0xa0, 0x80),
			'windows-1252',
			0,
			'1\u00a0234,56\u00a0€'
		],
		['cp1252 œ (0x9C), É (0xC9), ’ (0x92)', bytes(0x9c, 0xc9, 0x92), 'windows-1252', 0, 'œÉ’'],
		['UTF-8 after its BOM', bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9), 'utf-8', 3, 'é'],
		['UTF-16LE after its BOM', bytes(0xff, 0xfe, 0xe9, 0x00, 0x09, 0x00), 'utf-16le', 2, 'é\t'],
		['UTF-16BE after its BOM', bytes(0xfe, 0xff, 0x20, 0xac), 'utf-16be', 2, '€']
	])('decodes %s', (_label, input, encoding, bomLength, text) => {
		expect(decodeBytes(input, encoding as Parameters<typeof decodeBytes>[1], bomLength)).toBe(text);
	});
});

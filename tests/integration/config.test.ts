import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { ConfigError, loadSecretKey, readConfig } from '../../src/lib/server/config';

describe('readConfig', () => {
	test('defaults: port 3000, ./data, demo on', () => {
		const c = readConfig({}, '/srv/cap');
		expect(c).toMatchObject({ port: 3000, dataDir: '/srv/cap/data', demo: true, origin: null });
		expect(c.databasePath).toBe('/srv/cap/data/cap-libre.db');
	});

	test.each([
		[{ PORT: 'abc' }, /PORT/],
		[{ PORT: '70000' }, /PORT/],
		[{ ORIGIN: 'ftp://x' }, /ORIGIN/],
		[{ CAP_LIBRE_DEMO: 'peut-être' }, /CAP_LIBRE_DEMO/],
		[{ CAP_LIBRE_MAX_UPLOAD_MB: '-3' }, /CAP_LIBRE_MAX_UPLOAD_MB/]
	])('a bad value (%o) is refused with a message naming the variable', (env, pattern) => {
		expect(() => readConfig(env, '/srv')).toThrow(ConfigError);
		expect(() => readConfig(env, '/srv')).toThrow(pattern);
	});

	test('CAP_LIBRE_DEMO=0 turns the demo off; ORIGIN is normalised', () => {
		const c = readConfig({ CAP_LIBRE_DEMO: '0', ORIGIN: 'https://cap.mairie.fr/' }, '/srv');
		expect(c.demo).toBe(false);
		expect(c.origin).toBe('https://cap.mairie.fr');
	});
});

describe('loadSecretKey', () => {
	test('generates a 32-byte key once, mode 0600, and reads the same key back', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cap-libre-key-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const config = readConfig({ CAP_LIBRE_DATA_DIR: join(dir, 'data') }, dir);
		const first = loadSecretKey(config);
		expect(first).toHaveLength(32);
		expect(statSync(config.secretKeyPath).mode & 0o777).toBe(0o600);
		expect(loadSecretKey(config).equals(first)).toBe(true);
	});
});

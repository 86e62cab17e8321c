import { describe, expect, test } from 'vitest';
import { createKeyIndex } from './key-index';

describe('createKeyIndex', () => {
	test('stores and finds values, overwriting a key, across growth', () => {
		const index = createKeyIndex(4);
		const reference = new Map<number, number>();
		let seed = 7;
		for (let n = 0; n < 20_000; n++) {
			seed = (seed * 48271) % 2147483647;
			const key = (seed * 65537) % 2 ** 47;
			index.set(key, n);
			reference.set(key, n);
		}
		expect(index.size).toBe(reference.size);
		for (const [k, v] of reference) expect(index.get(k)).toBe(v);
		expect(index.get(2 ** 47 + 1)).toBeUndefined();
	});

	test('keys that collide on their low bits are kept apart', () => {
		const index = createKeyIndex(2);
		index.set(0, 1);
		index.set(1024, 2);
		index.set(2048, 3);
		expect([index.get(0), index.get(1024), index.get(2048), index.get(4096)]).toEqual([1, 2, 3, undefined]);
	});

	test.each([-1, 2 ** 53, 0.5])('refuses the key %s', (key) => {
		expect(() => createKeyIndex().set(key, 1)).toThrow(RangeError);
	});
});

import { describe, expect, test } from 'vitest';
import { createKeySet } from './key-set';

describe('createKeySet', () => {
	test('adds keys once and finds them, across growth', () => {
		const set = createKeySet(4);
		const reference = new Set<number>();
		let seed = 7;
		for (let n = 0; n < 20_000; n++) {
			seed = (seed * 48271) % 2147483647;
			const key = (seed * 65537) % 2 ** 47;
			expect(set.add(key)).toBe(!reference.has(key));
			reference.add(key);
		}
		expect(set.size).toBe(reference.size);
		for (const k of reference) expect(set.has(k)).toBe(true);
		expect(set.has(2 ** 47 + 1)).toBe(false);
	});

	test('keys that collide on their low bits are kept apart', () => {
		const set = createKeySet(2);
		expect([set.add(0), set.add(1024), set.add(2048), set.add(1024)]).toEqual([true, true, true, false]);
		expect([set.has(0), set.has(1024), set.has(2048), set.has(4096)]).toEqual([true, true, true, false]);
	});

	test.each([-1, 2 ** 53, 0.5])('refuses the key %s', (key) => {
		expect(() => createKeySet().add(key)).toThrow(RangeError);
	});
});

/**
 * A map from 48-bit integer keys to row ids, in two typed arrays (open addressing, linear probing). The import
 * uses it to merge an agent's repeated rows within one file: a JavaScript Map of a million entries costs half a
 * second and tens of megabytes of garbage; this costs a few milliseconds and 16 bytes per slot.
 */
export interface KeyIndex {
	get(key: number): number | undefined;
	set(key: number, value: number): void;
	readonly size: number;
}

const EMPTY = -1;

export function createKeyIndex(initialCapacity = 1024): KeyIndex {
	let capacity = 1;
	while (capacity < initialCapacity * 2) capacity <<= 1;
	let keys = new Float64Array(capacity).fill(EMPTY);
	let values = new Float64Array(capacity);
	let size = 0;

	// Keys are already uniform (a prefix of an HMAC): their low bits spread well without further mixing.
	const slotOf = (key: number, mask: number) => {
		let i = key % (mask + 1);
		while (keys[i] !== EMPTY && keys[i] !== key) i = (i + 1) & mask;
		return i;
	};

	function grow() {
		const oldKeys = keys;
		const oldValues = values;
		capacity <<= 1;
		keys = new Float64Array(capacity).fill(EMPTY);
		values = new Float64Array(capacity);
		for (let j = 0; j < oldKeys.length; j++) {
			if (oldKeys[j] === EMPTY) continue;
			const i = slotOf(oldKeys[j], capacity - 1);
			keys[i] = oldKeys[j];
			values[i] = oldValues[j];
		}
	}

	return {
		get(key) {
			const i = slotOf(key, capacity - 1);
			return keys[i] === EMPTY ? undefined : values[i];
		},
		set(key, value) {
			if (key < 0 || !Number.isSafeInteger(key)) throw new RangeError(`clé invalide : ${key}`);
			let i = slotOf(key, capacity - 1);
			if (keys[i] === EMPTY) {
				if ((size + 1) * 2 > capacity) {
					grow();
					i = slotOf(key, capacity - 1);
				}
				keys[i] = key;
				size++;
			}
			values[i] = value;
		},
		get size() {
			return size;
		}
	};
}

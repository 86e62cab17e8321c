/**
 * A set of 48-bit integer keys in one typed array (open addressing, linear probing). The import uses it to find
 * an agent's repeated rows within one file: a JavaScript Set of a million entries costs half a second and tens
 * of megabytes of garbage; this costs a few milliseconds and 8 bytes per slot.
 */
export interface KeySet {
	/** Adds the key; false when it was already there. */
	add(key: number): boolean;
	has(key: number): boolean;
	readonly size: number;
}

const EMPTY = -1;

export function createKeySet(initialCapacity = 1024): KeySet {
	let capacity = 1;
	while (capacity < initialCapacity * 2) capacity <<= 1;
	let keys = new Float64Array(capacity).fill(EMPTY);
	let size = 0;

	// Keys are already uniform (a prefix of an HMAC): their low bits spread well without further mixing.
	const slotOf = (key: number, mask: number) => {
		let i = key % (mask + 1);
		while (keys[i] !== EMPTY && keys[i] !== key) i = (i + 1) & mask;
		return i;
	};

	function grow() {
		const old = keys;
		capacity <<= 1;
		keys = new Float64Array(capacity).fill(EMPTY);
		for (let j = 0; j < old.length; j++) if (old[j] !== EMPTY) keys[slotOf(old[j], capacity - 1)] = old[j];
	}

	return {
		add(key) {
			if (key < 0 || !Number.isSafeInteger(key)) throw new RangeError(`clé invalide : ${key}`);
			let i = slotOf(key, capacity - 1);
			if (keys[i] !== EMPTY) return false;
			if ((size + 1) * 2 > capacity) {
				grow();
				i = slotOf(key, capacity - 1);
			}
			keys[i] = key;
			size++;
			return true;
		},
		has(key) {
			return keys[slotOf(key, capacity - 1)] !== EMPTY;
		},
		get size() {
			return size;
		}
	};
}

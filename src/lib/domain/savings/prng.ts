/**
 * mulberry32: a 32-bit seeded pseudo-random generator (Tommy Ettinger, public domain). Not cryptographic;
 * chosen because it is tiny, fast, allocation-free and gives the same sequence on every JavaScript engine,
 * so a Monte Carlo run is reproducible from its seed. Period 2^32, ample for 10⁴ draws × 10 assumptions.
 */
export type RandomSource = () => number;

/** A generator of uniform numbers in [0, 1) for the given seed (any integer; taken modulo 2^32). */
export function createMulberry32(seed: number): RandomSource {
	let state = seed | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Shared by the benchmarks: timing with warm-up and medians, so figures are comparable within one run. */
import { performance } from 'node:perf_hooks';

export interface Figure {
	value: number;
	target?: string;
	ok?: boolean;
}

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` unmeasured ones. */
export async function timeMedian(fn: () => unknown, runs = 5, warmup = 1): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		times.push(performance.now() - t0);
	}
	return median(times);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

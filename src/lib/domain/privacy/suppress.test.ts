import { describe, expect, test } from 'vitest';
import { DEFAULT_K, effectiveK, suppressBreakdown, suppressSmallGroup } from './suppress';

describe('small-group suppression', () => {
	test.each([
		[null, 5],
		[3, 5],
		[5, 5],
		[10, 10],
		[7.9, 7]
	])('k configured as %s gives %s (never below %s)', (configured, expected) => {
		expect(effectiveK(configured)).toBe(expected);
		expect(effectiveK(configured)).toBeGreaterThanOrEqual(DEFAULT_K);
	});

	test.each([
		[0, false],
		[1, true],
		[4, true],
		[5, false],
		[120, false]
	])('a group of %s agents is suppressed: %s', (size, suppressed) => {
		expect(suppressSmallGroup(size, 0.5, 5).suppressed).toBe(suppressed);
	});

	test('a lone suppressed row takes the next smallest with it, so the total does not give it away', () => {
		const rows = [
			{ service: 'Police', agents: 3 },
			{ service: 'Finances', agents: 12 },
			{ service: 'Technique', agents: 125 }
		];
		const out = suppressBreakdown(rows, (r) => r.agents, 5);
		expect(out.map((r) => r.suppressed)).toEqual([true, true, false]);
	});

	test('two small rows hide only themselves', () => {
		const rows = [3, 2, 40, 50];
		expect(suppressBreakdown(rows, (n) => n, 5).map((r) => r.suppressed)).toEqual([true, true, false, false]);
	});
});

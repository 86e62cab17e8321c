import { describe, expect, test } from 'vitest';
import { computeTrend, type Desirable } from './trend';

describe('computeTrend', () => {
	test.each<[number | null, number | null, Desirable, number, string | null, string | null]>([
		[120, 100, 'down', 0, 'up', 'worse'],
		[80, 100, 'down', 0, 'down', 'better'],
		[0.42, 0.3, 'up', 0, 'up', 'better'],
		[0.3, 0.42, 'up', 0, 'down', 'worse'],
		[100, 100, 'up', 0, 'flat', 'neutral'],
		[100.4, 100, 'up', 0.5, 'flat', 'neutral'],
		[null, 100, 'up', 0, null, null],
		[100, null, 'down', 0, null, null]
	])(
		'%s after %s (desirable %s, tolerance %s) goes %s and is %s news',
		(current, previous, desirable, tolerance, direction, assessment) => {
			const trend = computeTrend(current, previous, desirable, '2024', tolerance);
			expect(trend?.direction ?? null).toBe(direction);
			expect(trend?.assessment ?? null).toBe(assessment);
			if (trend && current !== null && previous !== null) expect(trend.delta).toBeCloseTo(current - previous);
		}
	);

	test('keeps the caller’s label of the comparison point', () => {
		expect(computeTrend(2, 1, 'up', '1 juin 2025')?.since).toBe('1 juin 2025');
	});
});

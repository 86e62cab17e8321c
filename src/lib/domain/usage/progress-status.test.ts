import { describe, expect, test } from 'vitest';
import { computeProgressStatus, type ProgressStatus } from './progress-status';

describe('computeProgressStatus', () => {
	test.each<[number, number | null, ProgressStatus]>([
		[35.7, null, 'unknown'],
		[0, 0, 'not-started'],
		[0, -3, 'not-started'],
		[0, 21, 'ahead'],
		[35.7, 21, 'behind'],
		[35.7, 33, 'on-track'],
		[35.7, 39, 'on-track'],
		[35.7, 40, 'ahead'],
		[5, 4.2, 'on-track'],
		[5, 3.9, 'behind']
	])('planned %s, realised %s: %s', (planned, realised, status) => {
		expect(computeProgressStatus(planned, realised)).toBe(status);
	});
});

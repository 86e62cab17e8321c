import { describe, expect, test } from 'vitest';
import type { UsageRecord } from './types';
import { createUsageBatchBuilder, ID_SEPARATOR, MAX_BATCH_ROWS, usageRow } from './usage-batch';

const base: UsageRecord = {
	kind: 'usage',
	line: 2,
	agentKey: 'jeanne.martin@ville.fr',
	productName: 'Microsoft 365 Apps',
	service: null,
	reportDate: '2025-01-28',
	periodDays: 30,
	lastActivityDate: '2025-01-19',
	activityCount: null,
	active: true,
	licensed: null
};

const rows: UsageRecord[] = [
	base,
	{ ...base, line: 3, agentKey: 'paul@ville.fr', service: 'Finances', active: false, lastActivityDate: null },
	{ ...base, line: 4, agentKey: 'C3A1F0E2D4B5C6A7980112233445566F', licensed: true, activityCount: 0 },
	{
		...base,
		line: 5,
		productName: 'Teams',
		periodDays: null,
		reportDate: null,
		licensed: false,
		activityCount: 2 ** 40
	}
];

describe('usage batches', () => {
	test.each(rows.map((r, i) => [i, r] as const))('row %i comes back as it went in', (i, r) => {
		const builder = createUsageBatchBuilder(8);
		for (const row of rows) builder.add(row);
		const { batch } = builder.take();
		const { kind: _kind, line: _line, ...expected } = r;
		expect(usageRow(batch, i, r.agentKey)).toEqual(expected);
	});

	test('identifiers travel as one string, repeated strings once', () => {
		const builder = createUsageBatchBuilder(8);
		for (const row of rows) builder.add(row);
		const { batch, transfer } = builder.take();
		expect(batch.size).toBe(4);
		expect(batch.identifiers.split(ID_SEPARATOR)).toEqual(rows.map((r) => r.agentKey));
		expect(batch.strings.filter((s) => s === 'Microsoft 365 Apps')).toHaveLength(1);
		expect(transfer.length).toBeGreaterThan(0);
		expect(transfer.every((b) => b instanceof ArrayBuffer)).toBe(true);
	});

	test('take() starts a fresh batch', () => {
		const builder = createUsageBatchBuilder(2);
		builder.add(rows[0]);
		builder.take();
		expect(builder.size).toBe(0);
		builder.add(rows[1]);
		const { batch } = builder.take();
		expect(batch.size).toBe(1);
		expect(usageRow(batch, 0, 'k').service).toBe('Finances');
	});

	test('a full batch, or one too large for its indexes, is refused', () => {
		const builder = createUsageBatchBuilder(1);
		builder.add(rows[0]);
		expect(() => builder.add(rows[1])).toThrow(RangeError);
		expect(() => createUsageBatchBuilder(MAX_BATCH_ROWS + 1)).toThrow(RangeError);
	});
});

/**
 * Dated snapshots of every sovereignty indicator (indicator_snapshots), taken after each import, scenario
 * change or attribute edit, so the Souveraineté page can chart them over time.
 */
import { toIndicatorRows, type IndicatorUnit, type SovereigntyReport } from '../../domain/sovereignty';
import type { Db } from '../db';
import {
	createIndicatorSnapshotsRepository,
	type NewSnapshotRow
} from '../repositories/indicator-snapshots.repository';
import { getSovereigntyReport } from './sovereignty';

/** The id under which the overall SEAL-like level (0–4) is stored. */
export const SEAL_LEVEL_SNAPSHOT_ID = 'seal-level';

/**
 * Decimal places kept per unit (stored integer = round(value × 10^scale)): ratios in basis points (4), scores
 * 0–100 to the hundredth (2), cents and the HHI (0–10,000) as whole numbers.
 */
export const SNAPSHOT_SCALES: Record<IndicatorUnit | 'level', number> = {
	ratio: 4,
	score: 2,
	cents: 0,
	hhi: 0,
	level: 0
};

function toStored(value: number | null, scale: number): number | null {
	return value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** scale);
}

function toBasisPoints(coverage: number): number {
	return Math.round(coverage * 10_000);
}

/**
 * Stores one row per indicator (plus the SEAL-like score, the overall level and the composite score):
 * takenAt = now, asOf = the date the data describe (latest usage report or invoice date, else today), values scaled by SNAPSHOT_SCALES, coverage
 * in basis points. A second call for the same organisation, data date and trigger in the same minute replaces
 * the first. Reads pre-computed tables only (getInventory), so it is cheap enough to run after every import.
 */
export function recordIndicatorSnapshot(db: Db, orgId: number, trigger: string, now = new Date()): void {
	const repo = createIndicatorSnapshotsRepository(db);
	const takenAt = now.toISOString();
	const asOf = repo.findLatestDataDate(orgId) ?? takenAt.slice(0, 10);
	const { report } = getSovereigntyReport(db, orgId);
	const base = { orgId, takenAt, asOf, trigger };
	const rows: NewSnapshotRow[] = toIndicatorRows(report).map((row) => ({
		...base,
		indicatorId: row.id,
		value: toStored(row.value, SNAPSHOT_SCALES[row.unit]),
		scale: SNAPSHOT_SCALES[row.unit],
		coverageBp: toBasisPoints(row.coverage)
	}));
	rows.push({
		...base,
		indicatorId: SEAL_LEVEL_SNAPSHOT_ID,
		value: report.seal.overallLevel,
		scale: SNAPSHOT_SCALES.level,
		coverageBp: toBasisPoints(report.seal.coverage)
	});
	repo.replaceSnapshot(rows);
}

export interface SnapshotValue {
	/** The indicator's value in its own unit (a ratio 0–1, cents, a score…), or null when it had none. */
	value: number | null;
	/** Coverage 0–1, or null when not recorded. */
	coverage: number | null;
}

export interface IndicatorSnapshot {
	takenAt: string;
	asOf: string;
	trigger: string;
	values: Record<string, SnapshotValue>;
}

/** Every snapshot of the organisation, oldest data date first, values decoded back to their units. */
export function listIndicatorSnapshots(db: Db, orgId: number): IndicatorSnapshot[] {
	const snapshots = new Map<string, IndicatorSnapshot>();
	for (const row of createIndicatorSnapshotsRepository(db).list(orgId)) {
		const key = `${row.takenAt}|${row.asOf}|${row.trigger}`;
		const snapshot = snapshots.get(key) ?? {
			takenAt: row.takenAt,
			asOf: row.asOf,
			trigger: row.trigger,
			values: {}
		};
		snapshot.values[row.indicatorId] = {
			value: row.value === null ? null : row.value / 10 ** row.scale,
			coverage: row.coverageBp === null ? null : row.coverageBp / 10_000
		};
		snapshots.set(key, snapshot);
	}
	return [...snapshots.values()];
}

/**
 * The snapshots the trend chart shows: the stored ones; when none is stored yet, the current report as one
 * unsaved point (dated like a snapshot would be), so the page never shows an empty chart after an import.
 */
export function listTrendSnapshots(
	db: Db,
	orgId: number,
	current: SovereigntyReport,
	now = new Date()
): { snapshots: IndicatorSnapshot[]; stored: boolean } {
	const stored = listIndicatorSnapshots(db, orgId);
	if (stored.length > 0) return { snapshots: stored, stored: true };
	const takenAt = now.toISOString();
	const asOf = createIndicatorSnapshotsRepository(db).findLatestDataDate(orgId) ?? takenAt.slice(0, 10);
	const values = Object.fromEntries(
		toIndicatorRows(current).map((row) => [row.id, { value: row.value, coverage: row.coverage }])
	);
	return { snapshots: [{ takenAt, asOf, trigger: 'current', values }], stored: false };
}

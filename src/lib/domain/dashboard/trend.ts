/**
 * The trend of a key figure between two dated values, and whether the change is good news. Pure.
 */

/** Which way a figure should move for the commune to be better off. */
export type Desirable = 'up' | 'down';

export interface Trend {
	/** current − previous, in the figure's own unit (cents, seats, ratio points, score points). */
	delta: number;
	direction: 'up' | 'down' | 'flat';
	/** 'better' when the figure moved the desirable way, 'worse' the other way, 'neutral' when flat. */
	assessment: 'better' | 'worse' | 'neutral';
	/** What the figure is compared with, e.g. "2024" or "2025-06-01" (the caller's label). */
	since: string;
}

/**
 * Trend of a figure: delta = current − previous. A change smaller than `tolerance` (same unit, ≥ 0) is flat,
 * so rounding noise (a ratio moving by 1e-12) never reads as progress. Null when either value is unknown.
 */
export function computeTrend(
	current: number | null,
	previous: number | null,
	desirable: Desirable,
	since: string,
	tolerance = 0
): Trend | null {
	if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous))
		return null;
	const delta = current - previous;
	const direction = Math.abs(delta) <= tolerance ? 'flat' : delta > 0 ? 'up' : 'down';
	const assessment = direction === 'flat' ? 'neutral' : direction === desirable ? 'better' : 'worse';
	return { delta, direction, assessment, since };
}

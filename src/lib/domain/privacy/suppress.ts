/**
 * Small-group suppression for figures shown to elected officials: a count or share about fewer than k agents
 * could single a person out ("the only agent of the Police who never opens Word"), so it is withheld and
 * labelled. Following the CNIL's guidance on aggregate statistics, k defaults to 5 and may only be raised.
 */
export const DEFAULT_K = 5;

export type Suppressed<T> =
	{ suppressed: false; value: T } | { suppressed: true; reason: 'small-group'; k: number };

/** The k in force: the configured value, never below the default. */
export function effectiveK(configured: number | null | undefined): number {
	return Math.max(DEFAULT_K, Math.floor(configured ?? DEFAULT_K));
}

/** Withholds `value` when it describes a group of fewer than k agents (0 agents is not a person: shown). */
export function suppressSmallGroup<T>(groupSize: number, value: T, k: number): Suppressed<T> {
	return groupSize > 0 && groupSize < k
		? { suppressed: true, reason: 'small-group', k }
		: { suppressed: false, value };
}

/**
 * Suppresses the rows of a breakdown whose group is smaller than k. When exactly one row is suppressed, a
 * second-smallest row is suppressed too, so the hidden one cannot be recovered from the total.
 */
export function suppressBreakdown<R>(
	rows: R[],
	sizeOf: (row: R) => number,
	k: number
): { row: R; suppressed: boolean }[] {
	const flags = rows.map((r) => {
		const n = sizeOf(r);
		return n > 0 && n < k;
	});
	if (flags.filter(Boolean).length === 1) {
		let candidate = -1;
		rows.forEach((r, i) => {
			if (!flags[i] && sizeOf(r) > 0 && (candidate < 0 || sizeOf(r) < sizeOf(rows[candidate]))) candidate = i;
		});
		if (candidate >= 0) flags[candidate] = true;
	}
	return rows.map((row, i) => ({ row, suppressed: flags[i] }));
}

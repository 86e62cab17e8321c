/**
 * Whether a family's migration is on track: realised vs planned seats on the alternative at the latest
 * report. Pure.
 *
 * A 10 % tolerance either side of the plan (at least one seat) counts as on track: usage reports count
 * active users over 30 days, so a few agents on leave move the figure without any migration. The 10 % is
 * Cap Libre's editorial choice, not a published threshold.
 */
export type ProgressStatus = 'not-started' | 'ahead' | 'on-track' | 'behind' | 'unknown';

export const ON_TRACK_TOLERANCE = 0.1;

/**
 * - unknown: no measurement (realised null);
 * - not-started: nothing planned yet and nothing measured;
 * - ahead / behind: realised above / below planned by more than max(1, 10 % of planned);
 * - on-track otherwise.
 */
export function computeProgressStatus(planned: number, realised: number | null): ProgressStatus {
	if (realised === null) return 'unknown';
	if (planned <= 0 && realised <= 0) return 'not-started';
	const tolerance = Math.max(1, planned * ON_TRACK_TOLERANCE);
	if (realised > planned + tolerance) return 'ahead';
	if (realised < planned - tolerance) return 'behind';
	return 'on-track';
}

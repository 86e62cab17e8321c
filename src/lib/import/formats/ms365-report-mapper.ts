/**
 * Mapper shared by the Microsoft 365 per-user activity reports that count actions (Teams, e-mail, OneDrive):
 * one record per user for one product; activityCount = sum of the given counters; active when the last
 * activity falls within the report period or any counter is positive.
 */
import type { ImportRecord } from '../types';
import type { MapperEnv, RowMapper } from './profile';
import { createActivityWindow, readAgentKey } from './records';

export interface ReportColumns {
	refreshDate: number;
	upn: number;
	lastActivity: number;
	period: number;
	/** Columns summed into activityCount (absent columns, -1, are ignored). */
	counters: readonly number[];
	/** `Is Licensed` column (Yes/No), -1 when the report has none. */
	licensed: number;
	/** Department / service column, when an admin added one (-1 otherwise). */
	service: number;
	/** Yes/No or True/False columns the model does not use but a sound file fills correctly (Is Deleted…). */
	flags?: readonly number[];
	/** Counters the model does not sum but a sound file fills with whole numbers (Receive Count…). */
	otherCounters?: readonly number[];
	/** Pairs of an ISO-8601 duration column and its "… In Seconds" twin (Teams), checked against each other. */
	durations?: readonly (readonly [iso: number, seconds: number])[];
}

/** Builds the per-row mapper of a counting report for `productName`. */
export function createReportMapper(env: MapperEnv, productName: string, c: ReportColumns): RowMapper {
	const { read } = env;
	const counters = c.counters.filter((i) => i >= 0);
	const flags = (c.flags ?? []).filter((i) => i >= 0);
	const otherCounters = (c.otherCounters ?? []).filter((i) => i >= 0);
	const durations = (c.durations ?? []).filter(([iso, seconds]) => iso >= 0 || seconds >= 0);
	const isInWindow = createActivityWindow(env, 30);
	const checkDurations = (cells: string[], line: number) => {
		for (const [iso, inSeconds] of durations) {
			const duration = read.seconds(cells, iso);
			const seconds = read.counter(cells, inSeconds);
			// Durations keep fractions of a second (PT10M3.5S) where the seconds column rounds: 1 s apart is the same.
			if (duration !== null && seconds !== null && Math.abs(duration - seconds) > 1)
				env.state.warnOnce(
					'duration-mismatch',
					`Ligne ${line} : la durée « ${cells[iso]} » (colonne « ${read.columnName(iso)} ») ne correspond pas aux ${seconds} secondes de la colonne « ${read.columnName(inSeconds)} ». Les durées ne sont pas utilisées dans les calculs, mais le fichier a peut-être été modifié : vérifiez qu’il s’agit bien de l’export d’origine.`
				);
		}
	};
	return (cells: string[], line: number, out: ImportRecord[]) => {
		const reportDate = read.date(cells, c.refreshDate);
		const periodDays = read.number(cells, c.period);
		const lastActivityDate = read.date(cells, c.lastActivity);
		let activityCount: number | null = null;
		for (let k = 0; k < counters.length; k++) {
			const n = read.counter(cells, counters[k]);
			if (n !== null) activityCount = (activityCount ?? 0) + n;
		}
		const licensed = read.bool(cells, c.licensed);
		for (let k = 0; k < flags.length; k++) read.bool(cells, flags[k]);
		for (let k = 0; k < otherCounters.length; k++) read.counter(cells, otherCounters[k]);
		if (durations.length > 0) checkDurations(cells, line);
		const service = read.text(cells, c.service);
		const agentKey = readAgentKey(env, cells, c.upn);
		if (read.failed || agentKey === null) return;
		const recent = isInWindow(reportDate, periodDays, lastActivityDate);
		out.push({
			kind: 'usage',
			line,
			agentKey,
			productName,
			service,
			reportDate,
			periodDays,
			lastActivityDate,
			activityCount,
			active: recent || (activityCount ?? 0) > 0,
			licensed
		});
	};
}

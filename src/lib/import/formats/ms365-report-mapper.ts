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
}

/** Builds the per-row mapper of a counting report for `productName`. */
export function createReportMapper(env: MapperEnv, productName: string, c: ReportColumns): RowMapper {
	const { read } = env;
	const counters = c.counters.filter((i) => i >= 0);
	const isInWindow = createActivityWindow(env, 30);
	return (cells: string[], line: number, out: ImportRecord[]) => {
		const reportDate = read.date(cells, c.refreshDate);
		const periodDays = read.number(cells, c.period);
		const lastActivityDate = read.date(cells, c.lastActivity);
		let activityCount: number | null = null;
		for (let k = 0; k < counters.length; k++) {
			const n = read.number(cells, counters[k]);
			if (n !== null) activityCount = (activityCount ?? 0) + n;
		}
		const licensed = read.bool(cells, c.licensed);
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

/**
 * Microsoft 365 Apps usage — user detail (Graph getM365AppUserDetail, 39 columns, `Yes`/`No`).
 * Per user: one 'Microsoft 365 Apps' record, active when Outlook, Word, Excel, PowerPoint or OneNote was used;
 * activityCount = number of those apps used, plus one when Teams was. Teams' own adoption comes from the Teams
 * activity report: one fact per row keeps a million-row file within twice papaparse's parse time.
 * This is the hot path of the million-row benchmark: indices are resolved once, no allocation but the records.
 */
import type { ImportRecord } from '../types';
import { MS365_LAST_ACTIVITY, MS365_PERIOD, MS365_REFRESH_DATE, MS365_UPN } from './ms365-common';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS } from './synonyms';
import { createActivityWindow, readAgentKey } from './records';

const APPS_PRODUCT = 'Microsoft 365 Apps';

export const ms365AppsUsage = defineProfile({
	id: 'ms365-apps-usage',
	label: 'Microsoft 365 — utilisation des applications (détail par utilisateur)',
	category: 'usage',
	machineWritten: true,
	fields: {
		refreshDate: MS365_REFRESH_DATE,
		upn: MS365_UPN,
		lastActivation: ['last activation date', 'date de derniere activation'],
		lastActivity: MS365_LAST_ACTIVITY,
		period: MS365_PERIOD,
		windows: ['windows'],
		mac: ['mac'],
		mobile: ['mobile'],
		web: ['web'],
		outlook: ['outlook'],
		word: ['word'],
		excel: ['excel'],
		powerpoint: ['powerpoint'],
		onenote: ['onenote'],
		teams: ['teams'],
		service: FIELD_SYNONYMS.service
	},
	tables: [['upn', 'word', 'excel', 'outlook', 'windows']],
	createMapper(env) {
		const { read, cols: c } = env;
		const apps = [c.outlook, c.word, c.excel, c.powerpoint, c.onenote].filter((i) => i >= 0);
		// Not counted, but read: a platform column that is not Yes/No means the file is not what it claims.
		const platforms = [c.windows, c.mac, c.mobile, c.web].filter((i) => i >= 0);
		const isInWindow = createActivityWindow(env, 30);
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const reportDate = read.date(cells, c.refreshDate);
			const periodDays = read.number(cells, c.period);
			const lastActivityDate = read.date(cells, c.lastActivity);
			let used = 0;
			for (let k = 0; k < apps.length; k++) if (read.bool(cells, apps[k]) === true) used++;
			const teams = read.bool(cells, c.teams);
			for (let k = 0; k < platforms.length; k++) read.bool(cells, platforms[k]);
			const service = read.text(cells, c.service);
			const agentKey = readAgentKey(env, cells, c.upn);
			if (read.failed || agentKey === null) return;
			isInWindow(reportDate, periodDays, lastActivityDate);
			out.push({
				kind: 'usage',
				line,
				agentKey,
				productName: APPS_PRODUCT,
				service,
				reportDate,
				periodDays,
				lastActivityDate,
				activityCount: used + (teams === true ? 1 : 0),
				active: used > 0,
				licensed: null
			});
		};
	}
});

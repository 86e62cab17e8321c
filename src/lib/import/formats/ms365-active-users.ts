/**
 * Microsoft 365 active users — user detail (Graph getOffice365ActiveUserDetail, 24 columns, `True`/`False`,
 * products joined by `+`). One record per assigned product, licensed; active when the latest of the
 * per-service last activity dates falls within the report period. The file has no period column: the
 * admin center's default view (30 days) is assumed unless a `Report Period` column is present.
 */
import type { ImportRecord } from '../types';
import {
	MS365_ASSIGNED_PRODUCTS,
	MS365_IS_DELETED,
	MS365_PERIOD,
	MS365_REFRESH_DATE,
	MS365_UPN,
	PLUS_SEPARATOR
} from './ms365-common';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS } from './synonyms';
import { createActivityWindow, readAgentKey, splitValues } from './records';

export const ms365ActiveUsers = defineProfile({
	id: 'ms365-active-users',
	label: 'Microsoft 365 — utilisateurs actifs (détail par utilisateur)',
	category: 'usage',
	machineWritten: true,
	fields: {
		refreshDate: MS365_REFRESH_DATE,
		upn: MS365_UPN,
		displayName: ['display name'],
		isDeleted: MS365_IS_DELETED,
		deletedDate: ['deleted date'],
		assignedProducts: MS365_ASSIGNED_PRODUCTS,
		period: MS365_PERIOD,
		service: FIELD_SYNONYMS.service,
		exchangeLast: ['exchange last activity date'],
		onedriveLast: ['onedrive last activity date'],
		sharepointLast: ['sharepoint last activity date'],
		skypeLast: ['skype for business last activity date'],
		yammerLast: ['yammer last activity date'],
		teamsLast: ['teams last activity date'],
		exchangeHas: ['has exchange license'],
		onedriveHas: ['has onedrive license'],
		sharepointHas: ['has sharepoint license'],
		skypeHas: ['has skype for business license'],
		yammerHas: ['has yammer license'],
		teamsHas: ['has teams license'],
		exchangeAssign: ['exchange license assign date'],
		onedriveAssign: ['onedrive license assign date'],
		sharepointAssign: ['sharepoint license assign date'],
		skypeAssign: ['skype for business license assign date'],
		yammerAssign: ['yammer license assign date'],
		teamsAssign: ['teams license assign date']
	},
	tables: [['upn', 'assignedProducts', 'exchangeLast']],
	createMapper(env) {
		const { read, cols: c } = env;
		const lastColumns = [
			c.exchangeLast,
			c.onedriveLast,
			c.sharepointLast,
			c.skypeLast,
			c.yammerLast,
			c.teamsLast
		];
		const isInWindow = createActivityWindow(env, 30);
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const reportDate = read.date(cells, c.refreshDate);
			const periodDays = read.number(cells, c.period);
			let lastActivityDate: string | null = null;
			for (const i of lastColumns) {
				if (i < 0) continue;
				const d = read.date(cells, i);
				if (d !== null && (lastActivityDate === null || d > lastActivityDate)) lastActivityDate = d;
			}
			const products = splitValues(read.text(cells, c.assignedProducts), PLUS_SEPARATOR);
			const service = read.text(cells, c.service);
			const agentKey = readAgentKey(env, cells, c.upn);
			if (read.failed || agentKey === null) return;
			const active = isInWindow(reportDate, periodDays, lastActivityDate);
			for (const productName of products) {
				out.push({
					kind: 'usage',
					line,
					agentKey,
					productName,
					service,
					reportDate,
					periodDays,
					lastActivityDate,
					activityCount: null,
					active,
					licensed: true
				});
			}
		};
	}
});

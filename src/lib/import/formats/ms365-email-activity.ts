/**
 * Exchange e-mail activity — user detail (Graph getEmailActivityUserDetail, 13 columns; the refresh date may be
 * `yyyy-mm-ddT00:00:00Z`, issue microsoft-graph-docs-contrib#570). One 'Exchange Online' record per user;
 * activityCount = sent + read + meetings created + meetings interacted (received mail is not an action,
 * as in Microsoft's own definition of an active e-mail user).
 */
import {
	MS365_ASSIGNED_PRODUCTS,
	MS365_IS_DELETED,
	MS365_LAST_ACTIVITY,
	MS365_PERIOD,
	MS365_REFRESH_DATE,
	MS365_UPN
} from './ms365-common';
import { createReportMapper } from './ms365-report-mapper';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS } from './synonyms';

export const ms365EmailActivity = defineProfile({
	id: 'ms365-email-activity',
	label: 'Exchange Online — activité de messagerie (détail par utilisateur)',
	category: 'usage',
	machineWritten: true,
	fields: {
		refreshDate: MS365_REFRESH_DATE,
		upn: MS365_UPN,
		displayName: ['display name'],
		isDeleted: MS365_IS_DELETED,
		deletedDate: ['deleted date'],
		lastActivity: MS365_LAST_ACTIVITY,
		send: ['send count'],
		receive: ['receive count'],
		read: ['read count'],
		meetingCreated: ['meeting created count'],
		meetingInteracted: ['meeting interacted count'],
		assignedProducts: MS365_ASSIGNED_PRODUCTS,
		period: MS365_PERIOD,
		service: FIELD_SYNONYMS.service
	},
	tables: [['upn', 'send', 'receive']],
	createMapper(env) {
		const c = env.cols;
		return createReportMapper(env, 'Exchange Online', {
			refreshDate: c.refreshDate,
			upn: c.upn,
			lastActivity: c.lastActivity,
			period: c.period,
			counters: [c.send, c.read, c.meetingCreated, c.meetingInteracted],
			licensed: -1,
			service: c.service,
			flags: [c.isDeleted],
			otherCounters: [c.receive]
		});
	}
});

/**
 * Teams user activity — user detail (Graph getTeamsUserActivityUserDetail): 33 columns today, 27 in the older
 * variant (no tenant names, user id, post/reply/urgent messages), hence mapping by name. One 'Microsoft Teams'
 * record per user; activityCount = team chat + private chat messages + calls + meetings.
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

export const ms365TeamsActivity = defineProfile({
	id: 'ms365-teams-activity',
	label: 'Microsoft Teams — activité des utilisateurs (détail par utilisateur)',
	category: 'usage',
	machineWritten: true,
	fields: {
		refreshDate: MS365_REFRESH_DATE,
		tenant: ['tenant display name'],
		sharedTenants: ['shared channel tenant display names'],
		userId: ['user id'],
		upn: MS365_UPN,
		lastActivity: MS365_LAST_ACTIVITY,
		isDeleted: MS365_IS_DELETED,
		deletedDate: ['deleted date'],
		assignedProducts: MS365_ASSIGNED_PRODUCTS,
		teamChat: ['team chat message count'],
		privateChat: ['private chat message count'],
		calls: ['call count'],
		meetings: ['meeting count'],
		posts: ['post messages'],
		replies: ['reply messages'],
		urgent: ['urgent messages'],
		organized: ['meetings organized count'],
		attended: ['meetings attended count'],
		audio: ['audio duration'],
		video: ['video duration'],
		screenShare: ['screen share duration'],
		audioSeconds: ['audio duration in seconds'],
		videoSeconds: ['video duration in seconds'],
		screenShareSeconds: ['screen share duration in seconds'],
		otherAction: ['has other action'],
		licensed: ['is licensed'],
		period: MS365_PERIOD,
		service: FIELD_SYNONYMS.service
	},
	tables: [['upn', 'teamChat', 'privateChat']],
	createMapper(env) {
		const c = env.cols;
		return createReportMapper(env, 'Microsoft Teams', {
			refreshDate: c.refreshDate,
			upn: c.upn,
			lastActivity: c.lastActivity,
			period: c.period,
			counters: [c.teamChat, c.privateChat, c.calls, c.meetings],
			licensed: c.licensed,
			service: c.service,
			flags: [c.isDeleted, c.otherAction],
			otherCounters: [c.posts, c.replies, c.urgent, c.organized, c.attended],
			durations: [
				[c.audio, c.audioSeconds],
				[c.video, c.videoSeconds],
				[c.screenShare, c.screenShareSeconds]
			]
		});
	}
});

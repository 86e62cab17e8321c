/**
 * OneDrive usage — account detail (Graph getOneDriveUsageAccountDetail, 11 columns). One 'OneDrive' record per
 * owner; activityCount = active file count. Site URL and owner display name are never read (they name people).
 */
import { MS365_IS_DELETED, MS365_LAST_ACTIVITY, MS365_PERIOD, MS365_REFRESH_DATE } from './ms365-common';
import { createReportMapper } from './ms365-report-mapper';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS } from './synonyms';

export const ms365OneDriveUsage = defineProfile({
	id: 'ms365-onedrive-usage',
	label: 'OneDrive — utilisation par compte',
	category: 'usage',
	machineWritten: true,
	fields: {
		refreshDate: MS365_REFRESH_DATE,
		siteUrl: ['site url'],
		ownerName: ['owner display name'],
		isDeleted: MS365_IS_DELETED,
		lastActivity: MS365_LAST_ACTIVITY,
		fileCount: ['file count'],
		activeFileCount: ['active file count'],
		storageUsed: ['storage used (byte)', 'storage used (bytes)'],
		storageAllocated: ['storage allocated (byte)', 'storage allocated (bytes)'],
		owner: ['owner principal name'],
		period: MS365_PERIOD,
		service: FIELD_SYNONYMS.service
	},
	tables: [['owner', 'activeFileCount']],
	createMapper(env) {
		const c = env.cols;
		return createReportMapper(env, 'OneDrive', {
			refreshDate: c.refreshDate,
			upn: c.owner,
			lastActivity: c.lastActivity,
			period: c.period,
			counters: [c.activeFileCount],
			licensed: -1,
			service: c.service,
			flags: [c.isDeleted],
			otherCounters: [c.fileCount]
		});
	}
});

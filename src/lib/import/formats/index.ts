/**
 * Registry of the known export formats, and header-signature detection. Order matters only on exact ties:
 * the profile that recognises the most columns of a header wins.
 */
import { normaliseHeader } from '../header';
import { adobeUsers } from './adobe-users';
import { decp } from './decp';
import { dgfipBalance } from './dgfip-balance';
import { glpiLicences } from './glpi-licences';
import { glpiSoftware } from './glpi-software';
import { googleWorkspaceUsers } from './google-workspace-users';
import { invoiceLines } from './invoice-lines';
import { mandats } from './mandats';
import { ms365ActiveUsers } from './ms365-active-users';
import { ms365AppsUsage } from './ms365-apps-usage';
import { ms365EmailActivity } from './ms365-email-activity';
import { ms365OneDriveUsage } from './ms365-onedrive-usage';
import { ms365SubscribedSkus } from './ms365-subscribed-skus';
import { ms365TeamsActivity } from './ms365-teams-activity';
import { ms365UsersExport } from './ms365-users-export';
import { indexHeader, scoreHeader, type FormatProfile } from './profile';
import { scdlBudget } from './scdl-budget';
import { zoomParticipants } from './zoom-participants';

export type { FormatCategory, FormatProfile } from './profile';
export { normaliseHeader };

/** Every known export profile; custom mappings are turned into profiles on the fly (mapping.ts). */
export const PROFILES: readonly FormatProfile[] = [
	ms365AppsUsage,
	ms365ActiveUsers,
	ms365TeamsActivity,
	ms365OneDriveUsage,
	ms365EmailActivity,
	ms365UsersExport,
	ms365SubscribedSkus,
	googleWorkspaceUsers,
	adobeUsers,
	zoomParticipants,
	glpiSoftware,
	glpiLicences,
	mandats,
	dgfipBalance,
	scdlBudget,
	decp,
	invoiceLines
];

export interface FormatMatch {
	profile: FormatProfile;
	/** Which of the profile's tables the header opens. */
	table: number;
	/** Number of header columns the profile recognises. */
	score: number;
}

/** Best profile for a header row, with the table it opens; null when no profile's signature is present. */
export function matchFormat(header: readonly string[]): FormatMatch | null {
	const index = indexHeader(header);
	if (index.size < 2) return null;
	let best: FormatMatch | null = null;
	for (const profile of PROFILES) {
		const { score, table } = scoreHeader(profile, index);
		if (score > 0 && (best === null || score > best.score)) best = { profile, table, score };
	}
	return best;
}

/**
 * Recognises an export by its header signature (normalised names, any order, extra columns allowed):
 * each profile lists required fields; among those whose requirements are met, the one recognising the
 * most columns wins. Returns null for an unknown layout (the user then maps the columns).
 */
export function detectFormat(header: string[]): FormatProfile | null {
	return matchFormat(header)?.profile ?? null;
}

/** The profile with this id (e.g. to re-open a file whose format was stored). */
export function getProfile(id: string): FormatProfile | null {
	return PROFILES.find((p) => p.id === id) ?? null;
}

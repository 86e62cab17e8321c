/**
 * The catalogue shipped with Cap Libre: proprietary families, their open-source equivalents and the sourced
 * default figures (docs/domain-reference.md). Each organisation gets a copy it can edit.
 *
 * Two prudence rules, so that no default flatters a switch:
 * - a proprietary price not found (NF) is 0 € with a note: no saving is claimed until the invoiced price
 *   is entered;
 * - an open-source cost not found is a non-zero assumption with a note, never a silent 0.
 * Dollar prices are converted at an assumed rate and are therefore flagged as assumptions.
 */
import { DESKTOP_ALTERNATIVES } from './defaults-open-source-desktop';
import { COLLABORATION_ALTERNATIVES } from './defaults-open-source-collaboration';
import { WEB_AND_BUSINESS_ALTERNATIVES } from './defaults-open-source-web';
import { MICROSOFT_OTHER_ENTRIES } from './defaults-microsoft';
import { MICROSOFT_365_ENTRIES } from './defaults-microsoft-365';
import { OTHER_PROPRIETARY_ENTRIES } from './defaults-other-proprietary';
import type { Catalogue } from './types';

/** Date of the last review of the default figures. */
export const DEFAULT_CATALOGUE_UPDATED = '2026-09-20';

export const DEFAULT_CATALOGUE: Catalogue = {
	schemaVersion: 1,
	updated: DEFAULT_CATALOGUE_UPDATED,
	entries: [...MICROSOFT_365_ENTRIES, ...MICROSOFT_OTHER_ENTRIES, ...OTHER_PROPRIETARY_ENTRIES],
	alternatives: [...DESKTOP_ALTERNATIVES, ...COLLABORATION_ALTERNATIVES, ...WEB_AND_BUSINESS_ALTERNATIVES]
};

/** A deep, independent copy of the default catalogue, to store for a new organisation and edit freely. */
export function createDefaultCatalogue(): Catalogue {
	return structuredClone(DEFAULT_CATALOGUE);
}

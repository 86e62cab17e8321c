/**
 * Microsoft 365 / Office 365 SKUs of the default catalogue.
 * Prices: docs/domain-reference.md §3.1–3.2. SKU part numbers are Microsoft's "String ID" (as in
 * `subscribedSkus`); upper-case report names ("MICROSOFT 365 BUSINESS STANDARD") normalise to the same key
 * as display names, so they are not repeated.
 */
import { buildEntry } from './build-entry';
import { fromUsd, SRC, sourced, unknownPrice } from './sources';
import type { CatalogueEntry } from './types';

const M365_NOTE =
	'Prix catalogue HT par utilisateur et par mois, engagement annuel. Engagement mensuel : +20 % (NCE, 2022) ; ' +
	'engagement annuel payé au mois : environ +5 %. Baisse de 7,4 % des prix cloud en euros au 1er février 2026. ' +
	'Remise secteur public : non trouvée.';
const SUITE_NOTE =
	' Résilier une suite suppose de remplacer aussi la messagerie, les fichiers et la visioconférence : ' +
	'chiffrez chaque alternative, sinon l’économie est surestimée.';
const SUITE_ALTERNATIVES = [
	'libreoffice',
	'onlyoffice',
	'collabora-online',
	'nextcloud',
	'sogo',
	'jitsi-meet',
	'tchap'
];
const WEB_ALTERNATIVES = ['nextcloud', 'onlyoffice', 'collabora-online', 'sogo', 'tchap', 'jitsi-meet'];
export const APPS_ALTERNATIVES = ['libreoffice', 'onlyoffice', 'collabora-online'];

const eur2026 = (cents: number) => sourced(cents, SRC.m365Eur2026, '2026-06');
const fr2022 = (cents: number) => sourced(cents, SRC.m365France2022, '2022-03');

function m365(
	id: string,
	name: string,
	skus: string[],
	price: CatalogueEntry['unitPrice'],
	alternativeIds: string[]
) {
	return buildEntry({
		id,
		name,
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'office-suite',
		// Finance officers abbreviate: "M365 Business Standard 380 util." in a mandat's label.
		synonyms: [name, name.replace(/^Microsoft 365 /, 'M365 '), ...skus],
		unitPrice: price,
		alternativeIds,
		// Apps-only SKUs are the office suite alone: nothing else to replace.
		notes: alternativeIds === APPS_ALTERNATIVES ? M365_NOTE : M365_NOTE + SUITE_NOTE
	});
}

export const MICROSOFT_365_ENTRIES: CatalogueEntry[] = [
	m365(
		'm365-business-basic',
		'Microsoft 365 Business Basic',
		['O365_BUSINESS_ESSENTIALS', 'Office 365 Business Essentials'],
		eur2026(520),
		WEB_ALTERNATIVES
	),
	m365(
		'm365-business-standard',
		'Microsoft 365 Business Standard',
		['O365_BUSINESS_PREMIUM', 'Office 365 Business Premium'],
		eur2026(1083),
		SUITE_ALTERNATIVES
	),
	m365('m365-business-premium', 'Microsoft 365 Business Premium', ['SPB'], eur2026(1906), SUITE_ALTERNATIVES),
	m365(
		'm365-apps-business',
		'Microsoft 365 Apps for business',
		['O365_BUSINESS', 'Microsoft 365 Apps', 'Office 365 Business'],
		fr2022(880),
		APPS_ALTERNATIVES
	),
	m365(
		'm365-apps-enterprise',
		'Microsoft 365 Apps for enterprise',
		['OFFICESUBSCRIPTION', 'Office 365 ProPlus'],
		unknownPrice('Microsoft 365 Apps for business coûtait 8,80 € en mars 2022 (silicon.fr).'),
		APPS_ALTERNATIVES
	),
	m365('o365-e1', 'Office 365 E1', ['STANDARDPACK'], fr2022(840), WEB_ALTERNATIVES),
	m365('o365-e3', 'Office 365 E3', ['ENTERPRISEPACK'], fr2022(2260), SUITE_ALTERNATIVES),
	m365('o365-e5', 'Office 365 E5', ['ENTERPRISEPREMIUM'], fr2022(3740), SUITE_ALTERNATIVES),
	m365('m365-e3', 'Microsoft 365 E3', ['SPE_E3'], fr2022(3540), SUITE_ALTERNATIVES),
	m365('m365-e5', 'Microsoft 365 E5', ['SPE_E5'], fr2022(5370), SUITE_ALTERNATIVES),
	m365(
		'm365-f1',
		'Microsoft 365 F1',
		['M365_F1'],
		fromUsd(3, SRC.m365Usd2026, '2025-12-11', 'Prix public à partir du 1er juillet 2026'),
		WEB_ALTERNATIVES
	),
	m365('m365-f3', 'Microsoft 365 F3', ['SPE_F1'], fr2022(670), WEB_ALTERNATIVES)
];

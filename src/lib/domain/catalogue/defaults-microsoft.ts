/**
 * Other Microsoft families of the default catalogue: perpetual Office, Windows and its extended security
 * updates, Exchange, Teams, OneDrive/SharePoint (docs/domain-reference.md §3.1–3.2).
 */
import { buildEntry } from './build-entry';
import { APPS_ALTERNATIVES } from './defaults-microsoft-365';
import { assumed, fromUsd, SRC, unknownPrice, USD_TO_EUR_ASSUMED } from './sources';
import type { CatalogueEntry } from './types';

const ESU_USD = [61, 122, 244];

export const MICROSOFT_OTHER_ENTRIES: CatalogueEntry[] = [
	buildEntry({
		id: 'microsoft-office-perpetual',
		name: 'Microsoft Office (licence perpétuelle)',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'office-suite',
		hosting: 'on-premises',
		pricePeriod: 'year',
		synonyms: [
			'Microsoft Office',
			'Office 2016',
			'Office 2019',
			'Office 2021',
			'Office 2024',
			'Microsoft Office Standard',
			'Microsoft Office Professionnel Plus',
			'Microsoft Office Professional Plus',
			'Office LTSC'
		],
		unitPrice: unknownPrice('Licence perpétuelle : pas de coût annuel tant que la version reste supportée.'),
		alternativeIds: APPS_ALTERNATIVES,
		notes:
			"L'économie apparaît au renouvellement de version : saisir le coût de la mise à niveau évitée, annualisé."
	}),
	buildEntry({
		id: 'windows',
		name: 'Microsoft Windows (poste de travail)',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'operating-system',
		hosting: 'on-premises',
		openFormats: null,
		seatUnit: 'device',
		pricePeriod: 'year',
		synonyms: [
			'Microsoft Windows',
			'Windows 10',
			'Windows 11',
			'Windows 10 Professionnel',
			'Windows 11 Professionnel',
			'Windows 10 Pro',
			'Windows 11 Pro',
			'Windows 10 Entreprise',
			'Windows 11 Entreprise',
			'Windows 10 Enterprise',
			'Windows 11 Enterprise',
			'WIN10_VDA_E3'
		],
		unitPrice: unknownPrice(
			'Licence souvent OEM, comprise dans le prix du poste ; Windows 11 Pro/Entreprise : prix NF (Windows Enterprise E3 est inclus dans M365 E3).'
		),
		forcedHardwareCentsPerSeatYear: assumed(
			4500,
			`Munich : 4,7 M€ de renouvellement matériel évités par Linux de 2006 à 2012 (${SRC.munich}, 26/11/2012), soit environ 45 € par poste et par an pour ≈ 14 800 postes sur 7 ans. Ordre de grandeur à adapter au parc (exigences matérielles de Windows 11).`
		),
		endOfSupportDate: '2025-10-14',
		alternativeIds: ['debian', 'ubuntu'],
		notes:
			'Fin de support de Windows 10 le 14 octobre 2025 : mises à jour de sécurité étendues payantes (ESU) ou renouvellement du matériel incompatible avec Windows 11. Linux prolonge la vie des postes existants.'
	}),
	buildEntry({
		id: 'windows-10-esu',
		name: 'Windows 10 — mises à jour de sécurité étendues (ESU)',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'operating-system',
		hosting: 'on-premises',
		openFormats: null,
		seatUnit: 'device',
		pricePeriod: 'year',
		synonyms: ['Windows 10 ESU', 'Windows 10 Extended Security Updates', 'ESU Windows 10'],
		unitPrice: fromUsd(ESU_USD[0], SRC.windowsEsu, '2024', 'ESU commercial, 1re année, par poste'),
		priceScheduleCentsPerYear: assumed(
			ESU_USD.map((usd) => Math.round(usd * 100 * USD_TO_EUR_ASSUMED)),
			`ESU commercial : 61 $, 122 $ puis 244 $ par poste pour les années 1, 2 et 3 (427 $ au total ; ${SRC.windowsEsu}, 2024), convertis au taux supposé de 0,86 € pour 1 $. Offre cloud (Intune/Autopatch) : 45/90/180 $ par utilisateur pour 5 postes au plus. Rien au-delà de la 3e année.`
		),
		endOfSupportDate: '2025-10-14',
		alternativeIds: ['debian', 'ubuntu'],
		notes: "Le prix double chaque année : c'est un coût de sursis, pas une solution."
	}),
	buildEntry({
		id: 'exchange-online',
		name: 'Exchange Online',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'mail',
		synonyms: [
			'Exchange Online',
			'Exchange Online (Plan 1)',
			'Exchange Online (Plan 2)',
			'EXCHANGESTANDARD',
			'EXCHANGEENTERPRISE'
		],
		unitPrice: unknownPrice('Exchange Online est inclus dans M365 Business Basic (5,20 €, juin 2026).'),
		alternativeIds: ['sogo', 'zimbra'],
		notes: null
	}),
	buildEntry({
		id: 'microsoft-exchange-server',
		name: 'Microsoft Exchange Server / Outlook',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'mail',
		hosting: 'on-premises',
		pricePeriod: 'year',
		synonyms: [
			'Microsoft Exchange',
			'Exchange Server',
			'Microsoft Exchange Server',
			'Microsoft Outlook',
			'Outlook'
		],
		unitPrice: assumed(
			3700,
			'Rennes (2017) : le renouvellement Microsoft aurait coûté 700 k€ pour 6 000 à 6 600 boîtes (20minutes.fr), soit ≈ 111 € par boîte ; durée du contrat NF, supposée de 3 ans, d’où ≈ 37 € par boîte et par an.'
		),
		alternativeIds: ['sogo', 'zimbra'],
		notes: null
	}),
	buildEntry({
		id: 'microsoft-teams',
		name: 'Microsoft Teams',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'messaging',
		synonyms: ['Microsoft Teams', 'Teams Enterprise', 'Microsoft Teams Enterprise'],
		unitPrice: unknownPrice(
			'Teams est vendu à part des suites Entreprise depuis le 1er octobre 2023 (UE) ; prix NF.'
		),
		alternativeIds: ['tchap', 'jitsi-meet'],
		notes: null
	}),
	buildEntry({
		id: 'microsoft-onedrive-sharepoint',
		name: 'OneDrive / SharePoint',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'file-sharing',
		synonyms: [
			'OneDrive',
			'OneDrive Entreprise',
			'OneDrive for Business',
			'SharePoint',
			'SharePoint Online',
			'SharePoint Online (Plan 1)'
		],
		unitPrice: unknownPrice('Inclus dans les offres Microsoft 365 ; prix autonome NF.'),
		alternativeIds: ['nextcloud'],
		notes: null
	})
];

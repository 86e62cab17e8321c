/**
 * Non-Microsoft proprietary families of the default catalogue (docs/domain-reference.md §3.2).
 * Generic families ("proprietary CMS") group several vendors, so their vendor and country are null.
 */
import { buildEntry } from './build-entry';
import { assumed, fromUsd, SRC, unknownPrice } from './sources';
import type { CatalogueEntry } from './types';

const ON_QUOTE = 'Offres sur devis.';

export const OTHER_PROPRIETARY_ENTRIES: CatalogueEntry[] = [
	buildEntry({
		id: 'google-workspace',
		name: 'Google Workspace',
		vendor: 'Google',
		vendorCountry: 'US',
		category: 'office-suite',
		synonyms: [
			'Google Workspace',
			'G Suite',
			'Google Workspace Business Starter',
			'Google Workspace Business Standard',
			'Google Workspace Business Plus'
		],
		unitPrice: fromUsd(
			14,
			SRC.googleWorkspace,
			'2026-05',
			'Business Standard (Starter 7, Plus 22 ; devise non précisée, probablement USD ; +20 % sur les offres flexibles en mars 2023)'
		),
		alternativeIds: ['nextcloud', 'onlyoffice', 'collabora-online', 'sogo', 'jitsi-meet', 'tchap'],
		notes: 'Source générée automatiquement : à vérifier avant présentation aux élus.'
	}),
	buildEntry({
		id: 'google-drive',
		name: 'Google Drive',
		vendor: 'Google',
		vendorCountry: 'US',
		category: 'file-sharing',
		synonyms: ['Google Drive', 'Google Drive for desktop'],
		unitPrice: unknownPrice('Inclus dans Google Workspace.'),
		alternativeIds: ['nextcloud']
	}),
	buildEntry({
		id: 'dropbox',
		name: 'Dropbox Business',
		vendor: 'Dropbox',
		vendorCountry: 'US',
		category: 'file-sharing',
		synonyms: ['Dropbox', 'Dropbox Business', 'Dropbox Standard', 'Dropbox Advanced'],
		unitPrice: fromUsd(15, SRC.dropbox, '2026-05', 'Dropbox Standard (Advanced : 24 $)'),
		alternativeIds: ['nextcloud']
	}),
	buildEntry({
		id: 'zoom-workplace',
		name: 'Zoom Workplace',
		vendor: 'Zoom',
		vendorCountry: 'US',
		category: 'video',
		synonyms: ['Zoom', 'Zoom Workplace', 'Zoom Meetings', 'Zoom Pro', 'Zoom Business'],
		unitPrice: fromUsd(
			13.33,
			SRC.zoom,
			'2026-05',
			'Zoom Workplace Pro, engagement annuel (mensuel : 16,99 $ ; Business : 18,33 $, 10 utilisateurs au moins)'
		),
		alternativeIds: ['jitsi-meet'],
		notes: 'Source générée automatiquement : à vérifier avant présentation aux élus.'
	}),
	buildEntry({
		id: 'slack',
		name: 'Slack',
		vendor: 'Salesforce',
		vendorCountry: 'US',
		category: 'messaging',
		synonyms: ['Slack', 'Slack Pro', 'Slack Business+'],
		unitPrice: unknownPrice(),
		alternativeIds: ['tchap']
	}),
	buildEntry({
		id: 'whatsapp',
		name: 'WhatsApp',
		vendor: 'Meta',
		vendorCountry: 'US',
		category: 'messaging',
		synonyms: ['WhatsApp', 'WhatsApp Business'],
		unitPrice: assumed(
			0,
			'Service gratuit pour l’utilisateur : le gain attendu est la souveraineté, pas une économie.'
		),
		alternativeIds: ['tchap']
	}),
	buildEntry({
		id: 'adobe-acrobat',
		name: 'Adobe Acrobat',
		vendor: 'Adobe',
		vendorCountry: 'US',
		category: 'pdf',
		hosting: 'on-premises',
		synonyms: [
			'Adobe Acrobat',
			'Acrobat',
			'Adobe Acrobat Pro',
			'Acrobat Pro',
			'Adobe Acrobat Standard',
			'Acrobat Pro DC',
			'Adobe Acrobat Pro DC',
			'Default Acrobat Pro configuration'
		],
		unitPrice: unknownPrice(),
		alternativeIds: ['pdfsam-basic', 'libreoffice-draw'],
		notes:
			'PDFsam Basic couvre fusion et découpage ; LibreOffice Draw la retouche simple. Signature électronique qualifiée : à traiter à part.'
	}),
	buildEntry({
		id: 'google-analytics',
		name: 'Google Analytics',
		vendor: 'Google',
		vendorCountry: 'US',
		category: 'web-analytics',
		seatUnit: 'site',
		synonyms: [
			'Google Analytics',
			'Google Analytics 4',
			'GA4',
			'Universal Analytics',
			'Google Analytics 360'
		],
		unitPrice: assumed(
			0,
			'Édition standard gratuite (Analytics 360 : prix NF). Le gain attendu est la conformité et la souveraineté des données des usagers.'
		),
		alternativeIds: ['matomo']
	}),
	buildEntry({
		id: 'proprietary-cms',
		name: 'Gestion de contenu (CMS) propriétaire',
		vendor: null,
		vendorCountry: null,
		category: 'cms',
		hosting: null,
		openFormats: null,
		seatUnit: 'site',
		pricePeriod: 'year',
		synonyms: ['CMS propriétaire', 'Sitecore', 'Adobe Experience Manager'],
		unitPrice: unknownPrice(ON_QUOTE),
		alternativeIds: ['wordpress']
	}),
	buildEntry({
		id: 'proprietary-e-services',
		name: 'Portail de démarches en ligne propriétaire',
		vendor: null,
		vendorCountry: null,
		category: 'e-services',
		hosting: null,
		openFormats: null,
		seatUnit: 'site',
		pricePeriod: 'year',
		synonyms: ['Portail citoyen', 'Portail de démarches en ligne', 'Téléservices', 'Guichet numérique'],
		unitPrice: unknownPrice(ON_QUOTE),
		alternativeIds: ['publik'],
		notes: 'Vérifier la licence de l’outil en place : certains portails de collectivités sont déjà libres.'
	}),
	buildEntry({
		id: 'google-maps',
		name: 'Google Maps / fonds de carte propriétaires',
		vendor: 'Google',
		vendorCountry: 'US',
		category: 'maps',
		openFormats: null,
		seatUnit: 'site',
		pricePeriod: 'year',
		synonyms: [
			'Google Maps',
			'Google Maps Platform',
			'Google Maps API',
			'API Google Maps',
			'Fonds de carte propriétaires'
		],
		unitPrice: unknownPrice('Facturation à l’usage.'),
		alternativeIds: ['openstreetmap']
	}),
	buildEntry({
		id: 'dynamics-365-business-central',
		name: 'Microsoft Dynamics 365 Business Central',
		vendor: 'Microsoft',
		vendorCountry: 'US',
		category: 'erp',
		synonyms: [
			'Dynamics 365 Business Central',
			'Microsoft Dynamics 365 Business Central',
			'Dynamics NAV',
			'Microsoft Dynamics NAV',
			'Navision'
		],
		unitPrice: fromUsd(80, SRC.businessCentral, '2026-09-20', 'Essentials (Premium 110 $, Team Members 8 $)'),
		alternativeIds: ['odoo'],
		notes: 'Vérifier que l’alternative couvre la comptabilité publique M57 avant de chiffrer.'
	}),
	buildEntry({
		id: 'proprietary-erp',
		name: 'Progiciel de gestion / finances propriétaire',
		vendor: null,
		vendorCountry: null,
		category: 'erp',
		hosting: null,
		openFormats: null,
		pricePeriod: 'year',
		synonyms: [
			'ERP propriétaire',
			'Progiciel de gestion intégré',
			'SAP ERP',
			'SAP S/4HANA',
			'Oracle E-Business Suite',
			'Sage 100'
		],
		unitPrice: unknownPrice('Oracle, SAP, Sage : prix NF.'),
		alternativeIds: ['odoo'],
		notes: 'Vérifier que l’alternative couvre la comptabilité publique M57 avant de chiffrer.'
	})
];

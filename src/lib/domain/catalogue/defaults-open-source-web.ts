/**
 * Open-source alternatives for web, maps, ERP and PDF. Published figures when they exist, otherwise
 * prudent non-zero assumptions to be replaced by a quote; unverified ids and licences are null with a note.
 */
import { buildAlternative, difficulty } from './build-entry';
import { assumed, SRC } from './sources';
import type { Alternative } from './types';

const QUOTE = 'à remplacer par un devis.';

export const WEB_AND_BUSINESS_ALTERNATIVES: Alternative[] = [
	buildAlternative({
		id: 'wordpress',
		name: 'WordPress',
		vendor: 'Communauté WordPress',
		vendorCountry: null,
		category: 'cms',
		spdxId: 'GPL-2.0-or-later',
		hostingOptions: ['on-premises', 'eu-cloud', 'secnumcloud'],
		openFormats: null,
		synonyms: ['WordPress'],
		seatUnit: 'site',
		oneOffCentsPerSeat: assumed(
			1_000_000,
			`Migration d’un site : coût NF. Ordre de grandeur supposé : 10 000 € par site, ${QUOTE}`
		),
		recurringCentsPerSeatYear: assumed(
			120_000,
			`Hébergement et maintenance NF. Hypothèse : 1 200 € par site et par an, ${QUOTE}`
		),
		trainingDaysPerAgent: assumed(1, 'Contributeurs du site. Hypothèse : 1 jour.'),
		difficulty: difficulty(2, 'Reprise des contenus et de l’accessibilité (RGAA).')
	}),
	buildAlternative({
		id: 'matomo',
		name: 'Matomo',
		vendor: 'InnoCraft',
		vendorCountry: 'NZ',
		category: 'web-analytics',
		spdxId: 'GPL-3.0-or-later',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: null,
		synonyms: ['Matomo', 'Piwik'],
		seatUnit: 'site',
		oneOffCentsPerSeat: assumed(
			200_000,
			`Installation et marquage : coût NF. Hypothèse : 2 000 € par site, ${QUOTE}`
		),
		recurringCentsPerSeatYear: assumed(
			60_000,
			`Hébergement NF. Hypothèse : 600 € par site et par an, ${QUOTE}`
		),
		trainingDaysPerAgent: assumed(0.5, 'Durée NF. Hypothèse : une demi-journée.'),
		difficulty: difficulty(1, 'Remplacement du marqueur ; historique non repris.')
	}),
	buildAlternative({
		id: 'publik',
		name: 'Publik',
		vendor: 'Entr’ouvert',
		vendorCountry: 'FR',
		category: 'e-services',
		spdxId: null,
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: null,
		synonyms: ['Publik', 'w.c.s.'],
		seatUnit: 'site',
		oneOffCentsPerSeat: assumed(
			3_000_000,
			`Mise en place d’un portail : coût NF. Ordre de grandeur supposé : 30 000 €, ${QUOTE}`
		),
		recurringCentsPerSeatYear: assumed(
			600_000,
			`Hébergement et support NF. Hypothèse : 6 000 € par an, ${QUOTE}`
		),
		trainingDaysPerAgent: assumed(2, 'Agents instructeurs des démarches. Hypothèse : 2 jours.'),
		difficulty: difficulty(3, 'Chaque démarche et ses connecteurs (état civil, famille…) est à reprendre.'),
		notes: 'Licence des briques de Publik non vérifiée ici.'
	}),
	buildAlternative({
		id: 'openstreetmap',
		name: 'OpenStreetMap',
		vendor: 'Fondation OpenStreetMap',
		vendorCountry: 'GB',
		category: 'maps',
		spdxId: 'ODbL-1.0',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: true,
		synonyms: ['OpenStreetMap', 'OSM'],
		seatUnit: 'site',
		oneOffCentsPerSeat: assumed(
			300_000,
			`Intégration des cartes : coût NF. Hypothèse : 3 000 € par site, ${QUOTE}`
		),
		recurringCentsPerSeatYear: assumed(
			60_000,
			`Tuiles hébergées ou achetées à un fournisseur : coût NF. Hypothèse : 600 € par an, ${QUOTE}`
		),
		trainingDaysPerAgent: assumed(0, 'Pas de formation des agents pour un fond de carte.'),
		difficulty: difficulty(
			2,
			'Les serveurs de tuiles de la fondation ne sont pas faits pour un usage intensif : prévoir un hébergement.'
		),
		notes: 'ODbL-1.0 est la licence des données ; attribution obligatoire.'
	}),
	buildAlternative({
		id: 'odoo',
		name: 'Odoo Community',
		vendor: 'Odoo SA',
		vendorCountry: 'BE',
		category: 'erp',
		spdxId: 'LGPL-3.0-only',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: null,
		synonyms: ['Odoo', 'Odoo Community', 'OpenERP'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(
			50_000,
			`Paramétrage et reprise des données : coût NF. Hypothèse : 500 € par utilisateur, ${QUOTE}`
		),
		recurringCentsPerSeatYear: assumed(
			24_000,
			'Hébergement et support NF. Hypothèse : 20 € par utilisateur et par mois.'
		),
		trainingDaysPerAgent: assumed(3, 'Durée NF. Hypothèse : 3 jours pour les agents des finances.'),
		difficulty: difficulty(
			4,
			'Comptabilité publique M57, chaîne comptable avec la DGFiP : couverture à vérifier.'
		),
		notes: 'Seule l’édition Community est libre ; l’édition Enterprise est propriétaire.'
	}),
	buildAlternative({
		id: 'pdfsam-basic',
		name: 'PDFsam Basic',
		vendor: 'PDFsam',
		vendorCountry: null,
		category: 'pdf',
		spdxId: 'AGPL-3.0-only',
		hostingOptions: ['on-premises'],
		openFormats: true,
		synonyms: ['PDFsam', 'PDFsam Basic'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(500, 'Déploiement sur les postes : coût NF. Hypothèse : 5 € par poste.'),
		recurringCentsPerSeatYear: assumed(0, 'Aucun abonnement pour l’édition Basic.'),
		trainingDaysPerAgent: assumed(0.25, 'Durée NF. Hypothèse : un quart de journée.'),
		difficulty: difficulty(1, 'Fusion, découpage et rotation de PDF ; pas d’édition de texte.'),
		notes: `Licence AGPL v3 (${SRC.pdfsamLicence}).`
	}),
	buildAlternative({
		id: 'libreoffice-draw',
		name: 'LibreOffice Draw',
		vendor: 'The Document Foundation',
		vendorCountry: 'DE',
		category: 'pdf',
		spdxId: 'MPL-2.0',
		hostingOptions: ['on-premises'],
		openFormats: true,
		synonyms: ['LibreOffice Draw'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(0, 'Inclus dans LibreOffice : aucun coût si la suite est déjà déployée.'),
		recurringCentsPerSeatYear: assumed(0, 'Inclus dans LibreOffice.'),
		trainingDaysPerAgent: assumed(0.5, 'Durée NF. Hypothèse : une demi-journée.'),
		difficulty: difficulty(2, 'Retouche de PDF simple ; mise en page parfois imparfaite.')
	})
];

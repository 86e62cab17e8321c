/**
 * Open-source alternatives for collaboration services (files, mail, chat, video). Same rules as the
 * desktop file: published figures when they exist, otherwise prudent non-zero assumptions; ids unverified
 * are null; licences not verified are null with a note.
 */
import { buildAlternative, difficulty } from './build-entry';
import { assumed, SRC, sourced } from './sources';
import type { Alternative } from './types';

const RENNES =
	'Rennes (2017) : 200 000 € pour passer 6 000 à 6 600 boîtes d’Exchange à Zimbra, soit ≈ 32 € par boîte.';
const MAIL_RECURRING = assumed(
	1200,
	'Hébergement et support de la messagerie NF. Hypothèse : 1 € par boîte et par mois.'
);
const MAIL_TRAINING = assumed(0.5, 'Durée NF. Hypothèse : une demi-journée (webmail, agenda partagé).');
const MAIL_DIFFICULTY = difficulty(3, 'Agendas partagés, délégations et clients Outlook à reprendre.');

export const COLLABORATION_ALTERNATIVES: Alternative[] = [
	buildAlternative({
		id: 'nextcloud',
		name: 'Nextcloud',
		vendor: 'Nextcloud GmbH',
		vendorCountry: 'DE',
		category: 'file-sharing',
		spdxId: 'AGPL-3.0-or-later',
		hostingOptions: ['on-premises', 'eu-cloud', 'secnumcloud'],
		openFormats: null,
		synonyms: ['Nextcloud', 'Nextcloud Hub', 'Nextcloud Files'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(
			3000,
			`Reprise des fichiers et paramétrage : coût NF. Hypothèse : 30 € par utilisateur, proche du cas de Rennes pour la messagerie. ${RENNES}`
		),
		recurringCentsPerSeatYear: assumed(
			6000,
			`Nextcloud Enterprise et hébergement public : prix NF. Repère grand public : 10 CHF par mois pour 100 Go et 1 utilisateur chez un hébergeur suisse (${SRC.hostedNextcloud}). Hypothèse : 5 € par utilisateur et par mois.`
		),
		trainingDaysPerAgent: assumed(0.5, 'Durée NF. Hypothèse : une demi-journée.'),
		difficulty: difficulty(2, 'Partages et droits à reprendre ; usage proche de OneDrive.'),
		notes: 'Cœur de la suite Territoire Numérique Ouvert de Lyon, avec ONLYOFFICE.'
	}),
	buildAlternative({
		id: 'sogo',
		name: 'SOGo',
		vendor: 'Alinto',
		vendorCountry: 'FR',
		category: 'mail',
		spdxId: 'GPL-2.0-or-later',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: true,
		synonyms: ['SOGo'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(3200, `Cas de Rennes (Zimbra) repris faute de chiffre pour SOGo. ${RENNES}`),
		recurringCentsPerSeatYear: MAIL_RECURRING,
		trainingDaysPerAgent: MAIL_TRAINING,
		difficulty: MAIL_DIFFICULTY,
		notes: `Licence GNU GPL/LGPL v2 ou ultérieure (${SRC.sogoLicence}). Webmail, agendas et contacts (CalDAV/CardDAV) devant un serveur IMAP/SMTP libre.`
	}),
	buildAlternative({
		id: 'zimbra',
		name: 'Zimbra Collaboration',
		vendor: 'Synacor',
		vendorCountry: 'US',
		category: 'mail',
		spdxId: null,
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: true,
		synonyms: ['Zimbra', 'Zimbra Collaboration'],
		seatUnit: 'user',
		oneOffCentsPerSeat: sourced(
			3200,
			SRC.rennes,
			'2017-09',
			'200 000 € pour 6 000 à 6 600 boîtes (≈ 6 300), soit ≈ 32 € par boîte.'
		),
		recurringCentsPerSeatYear: MAIL_RECURRING,
		trainingDaysPerAgent: MAIL_TRAINING,
		difficulty: MAIL_DIFFICULTY,
		notes:
			'Licence de l’édition libre à vérifier : l’éditeur vend aussi une édition commerciale. Choisie par Rennes (2017) et par Lyon (2025).'
	}),
	buildAlternative({
		id: 'tchap',
		name: 'Tchap (Matrix)',
		vendor: 'DINUM',
		vendorCountry: 'FR',
		category: 'messaging',
		spdxId: null,
		hostingOptions: ['eu-cloud'],
		openFormats: true,
		synonyms: ['Tchap'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(
			500,
			'Ouverture des comptes et communication : coût NF. Hypothèse : 5 € par agent.'
		),
		recurringCentsPerSeatYear: assumed(
			0,
			'Service fourni par l’État ; conditions d’accès des agents de collectivités à vérifier.'
		),
		trainingDaysPerAgent: assumed(0.25, 'Durée NF. Hypothèse : un quart de journée.'),
		difficulty: difficulty(1, 'Messagerie instantanée d’usage courant.'),
		notes: 'Protocole ouvert Matrix ; licence des composants de Tchap non vérifiée.'
	}),
	buildAlternative({
		id: 'jitsi-meet',
		name: 'Jitsi Meet',
		vendor: '8x8 et communauté Jitsi',
		vendorCountry: 'US',
		category: 'video',
		spdxId: 'Apache-2.0',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: null,
		synonyms: ['Jitsi', 'Jitsi Meet'],
		seatUnit: 'user',
		oneOffCentsPerSeat: assumed(
			1000,
			'Mise en service d’un serveur mutualisé : coût NF. Hypothèse : 10 € par agent.'
		),
		recurringCentsPerSeatYear: assumed(1200, 'Hébergement NF. Hypothèse : 1 € par agent et par mois.'),
		trainingDaysPerAgent: assumed(0.25, 'Durée NF. Hypothèse : un quart de journée.'),
		difficulty: difficulty(1, 'Visioconférence dans le navigateur, sans compte pour les invités.')
	})
];

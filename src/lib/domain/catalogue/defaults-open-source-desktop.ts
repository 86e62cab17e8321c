/**
 * Open-source desktop alternatives (office suites, operating systems) of the default catalogue. Costs per seat come from published cases when one
 * exists (Toulouse, Rennes, docs/domain-reference.md §2–3.3); everything else is a stated assumption.
 * Open-source costs not found are NOT set to zero: a prudent, non-zero assumption is shown instead, so the
 * model never flatters the switch. SILL and Comptoir du Libre ids are null: none was verified.
 */
import { buildAlternative, difficulty } from './build-entry';
import { assumed, fromUsd, SRC, sourced } from './sources';
import type { Alternative } from './types';

const TOULOUSE_ONE_OFF = sourced(
	8900,
	SRC.toulouse,
	'2014-07-28',
	'Toulouse : 800 000 € (développements compris) pour ≈ 9 000 postes migrés (90 % de 10 000), soit ≈ 88,89 €, arrondi à 89 € par poste.'
);
const TOULOUSE_PROXY = assumed(
	8900,
	'Coût par poste de Toulouse (LibreOffice, 2014) repris faute de cas publié pour ce produit.'
);
const OFFICE_TRAINING = assumed(
	1,
	'Coût et durée de formation NF (Toulouse a formé des volontaires service par service). Hypothèse : 1 jour par agent.'
);
const OFFICE_DIFFICULTY = difficulty(
	2,
	'Macros, modèles et présentations complexes à reprendre : Toulouse a laissé ces postes sous Office.'
);
const OS_ONE_OFF = assumed(
	15000,
	'Coût par poste NF pour un changement de système seul. Repères : Munich ≈ 1 540 € par poste pour tout son programme (2003-2013) ; la Gendarmerie n’a presque pas formé. Hypothèse : 150 € par poste (image système, reprise des applications).'
);
const OS_TRAINING = assumed(
	0.5,
	'La Gendarmerie n’a presque pas formé pour Ubuntu, ses applications étant déjà web. Hypothèse : une demi-journée.'
);
const OS_DIFFICULTY = difficulty(
	4,
	'Applications métier Windows : Munich gardait 20 à 40 % de postes Windows et a fait marche arrière en 2017 ; Échirolles fait de Linux la dernière étape.'
);

export const DESKTOP_ALTERNATIVES: Alternative[] = [
	buildAlternative({
		id: 'libreoffice',
		name: 'LibreOffice',
		vendor: 'The Document Foundation',
		vendorCountry: 'DE',
		category: 'office-suite',
		spdxId: 'MPL-2.0',
		hostingOptions: ['on-premises'],
		openFormats: true,
		synonyms: ['LibreOffice'],
		seatUnit: 'user',
		oneOffCentsPerSeat: TOULOUSE_ONE_OFF,
		recurringCentsPerSeatYear: assumed(
			500,
			'Support par un prestataire ou mutualisé : prix NF. Hypothèse prudente : 5 € par poste et par an.'
		),
		trainingDaysPerAgent: OFFICE_TRAINING,
		difficulty: OFFICE_DIFFICULTY
	}),
	buildAlternative({
		id: 'onlyoffice',
		name: 'ONLYOFFICE',
		vendor: 'Ascensio System SIA',
		vendorCountry: 'LV',
		category: 'office-suite',
		spdxId: 'AGPL-3.0-only',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: false,
		synonyms: ['ONLYOFFICE', 'ONLYOFFICE Docs', 'ONLYOFFICE Desktop Editors', 'ONLYOFFICE DocumentServer'],
		seatUnit: 'user',
		oneOffCentsPerSeat: TOULOUSE_PROXY,
		recurringCentsPerSeatYear: assumed(
			3600,
			'Hébergement et support NF. Hypothèse : 3 € par utilisateur et par mois.'
		),
		trainingDaysPerAgent: OFFICE_TRAINING,
		difficulty: OFFICE_DIFFICULTY,
		notes:
			'Format natif OOXML (ODF pris en charge) : le référentiel d’interopérabilité recommande ODF. Suite retenue par Lyon (Territoire Numérique Ouvert).'
	}),
	buildAlternative({
		id: 'collabora-online',
		name: 'Collabora Online',
		vendor: 'Collabora Productivity',
		vendorCountry: 'GB',
		category: 'office-suite',
		spdxId: 'MPL-2.0',
		hostingOptions: ['on-premises', 'eu-cloud'],
		openFormats: true,
		synonyms: ['Collabora Online', 'Collabora Office', 'Collabora CODE'],
		seatUnit: 'user',
		oneOffCentsPerSeat: TOULOUSE_PROXY,
		recurringCentsPerSeatYear: fromUsd(
			216,
			SRC.collabora,
			'2020',
			'Abonnement cité à 18 $ par mois et par poste pour une PME, soit 216 $ par an'
		),
		trainingDaysPerAgent: OFFICE_TRAINING,
		difficulty: OFFICE_DIFFICULTY,
		notes: 'LibreOffice dans le navigateur, intégré à Nextcloud. Éditeur au Royaume-Uni (hors UE).'
	}),
	buildAlternative({
		id: 'debian',
		name: 'Debian GNU/Linux',
		vendor: 'Projet Debian',
		vendorCountry: null,
		category: 'operating-system',
		spdxId: null,
		hostingOptions: ['on-premises'],
		openFormats: null,
		synonyms: ['Debian', 'Debian GNU/Linux'],
		seatUnit: 'device',
		oneOffCentsPerSeat: OS_ONE_OFF,
		recurringCentsPerSeatYear: assumed(
			0,
			'Pas d’abonnement ; support interne ou prestataire à ajouter si besoin (coût NF).'
		),
		trainingDaysPerAgent: OS_TRAINING,
		difficulty: OS_DIFFICULTY,
		notes:
			'Distribution : de nombreuses licences libres, d’où l’absence d’identifiant SPDX unique. Munich a commencé par Debian (2006).'
	}),
	buildAlternative({
		id: 'ubuntu',
		name: 'Ubuntu',
		vendor: 'Canonical',
		vendorCountry: 'GB',
		category: 'operating-system',
		spdxId: null,
		hostingOptions: ['on-premises'],
		openFormats: null,
		synonyms: ['Ubuntu', 'Kubuntu', 'Xubuntu', 'GendBuntu'],
		seatUnit: 'device',
		oneOffCentsPerSeat: OS_ONE_OFF,
		recurringCentsPerSeatYear: assumed(
			0,
			'Support Canonical (Ubuntu Pro) optionnel, prix NF ; à ajouter si souscrit.'
		),
		trainingDaysPerAgent: OS_TRAINING,
		difficulty: OS_DIFFICULTY,
		notes:
			'Distribution : de nombreuses licences libres, d’où l’absence d’identifiant SPDX unique. Éditeur au Royaume-Uni (hors UE). Choix de la Gendarmerie.'
	})
];

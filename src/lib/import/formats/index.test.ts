import { describe, expect, test } from 'vitest';
import { detectFormat, normaliseHeader } from './index';
import { toMatchKey } from '../header';

const split = (h: string, d = ',') => h.split(d);

describe('detectFormat: header signatures', () => {
	test.each([
		[
			'M365 Apps usage',
			split(
				'Report Refresh Date,User Principal Name,Last Activation Date,Last Activity Date,Report Period,Windows,Mac,Mobile,Web,Outlook,Word,Excel,PowerPoint,OneNote,Teams'
			),
			'ms365-apps-usage'
		],
		[
			'M365 active users',
			split(
				'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Has Exchange License,Exchange Last Activity Date,Assigned Products'
			),
			'ms365-active-users'
		],
		[
			'Teams activity (27 columns, reordered)',
			split(
				'User Principal Name,Report Refresh Date,Private Chat Message Count,Team Chat Message Count,Call Count,Meeting Count,Is Licensed,Report Period'
			),
			'ms365-teams-activity'
		],
		[
			'OneDrive account detail',
			split(
				'Report Refresh Date,Site URL,Owner Display Name,Is Deleted,Last Activity Date,File Count,Active File Count,Storage Used (Byte),Storage Allocated (Byte),Owner Principal Name,Report Period'
			),
			'ms365-onedrive-usage'
		],
		[
			'e-mail activity',
			split(
				'\ufeffReport Refresh Date,User Principal Name,Display Name,Send Count,Receive Count,Read Count,Report Period'
			),
			'ms365-email-activity'
		],
		[
			'M365 users export',
			split(
				'Block credential,City,Department,Display name,First name,Last name,Licenses,User principal name'
			),
			'ms365-users-export'
		],
		[
			'Entra users download',
			split('userPrincipalName,displayName,surname,mail,givenName,objectId,department,accountEnabled'),
			'ms365-users-export'
		],
		[
			'subscribedSkus',
			split('SkuPartNumber,SkuId,ConsumedUnits,PrepaidUnitsEnabled,CapabilityStatus'),
			'ms365-subscribed-skus'
		],
		[
			'Get-MsolAccountSku',
			split('AccountSkuId,ActiveUnits,WarningUnits,ConsumedUnits'),
			'ms365-subscribed-skus'
		],
		[
			'Google users',
			split(
				'First Name [Required],Last Name [Required],Email Address [Required],Org Unit Path [Required],Status [READ ONLY],Last Sign In [READ ONLY]'
			),
			'google-workspace-users'
		],
		[
			'Adobe users',
			split('Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,Product Configurations'),
			'adobe-users'
		],
		[
			'Zoom meeting table',
			split('Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants'),
			'zoom-participants'
		],
		[
			'Zoom participant table',
			split('Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest'),
			'zoom-participants'
		],
		[
			'GLPI software (French)',
			split("Nom;Entité;Éditeur;Versions - Nom;Nombre d'installations;Licences - Nombre;", ';'),
			'glpi-software'
		],
		[
			'GLPI licences (French)',
			split("Nom;Entité;Logiciel;Numéro de série;Nombre;Type;Date d'expiration;Statut;Fournisseur", ';'),
			'glpi-licences'
		],
		[
			'invoice lines',
			split(
				'Fournisseur;N° facture;Date facture;Logiciel / prestation;Compte (M57);Montant HT;TVA;Montant TTC',
				';'
			),
			'invoice-lines'
		],
		['licence list', split('Produit;Éditeur;Qté;Prix unitaire HT', ';'), 'invoice-lines'],
		[
			'mandats',
			split(
				'Exercice;N° mandat;N° bordereau;Date émission;Imputation;Fonction;Tiers;Objet;Montant HT;Montant TTC',
				';'
			),
			'mandats'
		],
		[
			'DGFiP balance',
			split('EXER;IDENT;NDEPT;INSEE;NOMEN;FONCTION;COMPTE;OBNETDEB;OBNETCRE', ';'),
			'dgfip-balance'
		],
		[
			'SCDL budget',
			split('BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_SECTION,BGT_CODRD,BGT_MTREAL'),
			'scdl-budget'
		],
		[
			'DECP v2 flattened',
			split(
				'id,acheteur.id,nature,objet,codeCPV,procedure,dureeMois,dateNotification,montant,titulaires.0.id'
			),
			'decp'
		],
		[
			'DECP v1 / SCDL 2017',
			split(
				'MARCHE_ID,ACHETEURS_ID,MARCHE_OBJET,CPV_CODE,DUREE_MOIS,NOTIFICATION_DATE,MONTANT,TITULAIRES_DENOMINATION'
			),
			'decp'
		],
		['an unknown layout', split('Agent;Outil;Remarque', ';'), null],
		['a single column', ['Nom'], null]
	])('%s → %s', (_label, header, id) => {
		expect(detectFormat(header)?.id ?? null).toBe(id);
	});
});

describe('normaliseHeader', () => {
	test.each([
		['\ufeffReport Refresh Date', 'report refresh date'],
		['  Éditeur\u00a0', 'editeur'],
		['Montant\u202f HT', 'montant ht'],
		['Date  d’expiration', "date d'expiration"],
		["Nombre  d'INSTALLATIONS", "nombre d'installations"],
		['Cœur de métier', 'coeur de metier'],
		['', '']
	])('%j → %j', (raw, expected) => {
		expect(normaliseHeader(raw)).toBe(expected);
	});
});

describe('toMatchKey: what hand-made sheets add to a column name', () => {
	test.each([
		['Email Address [Required]', 'email address'],
		['MONTANT HT (€)', 'montant ht'],
		['Montant TTC en €', 'montant ttc'],
		['Coût (en euros)', 'cout'],
		['TVA 20 %', 'tva'],
		['T.V.A.', 'tva'],
		['Total T.T.C.', 'total ttc'],
		['P.U. HT', 'pu ht'],
		['Qté.', 'qte.'],
		['acheteur.id', 'acheteur.id'],
		['Storage Used (Byte)', 'storage used (byte)'],
		['Coût annuel (€ HT)', 'cout annuel ht'],
		['P.U.H.T.', 'puht']
	])('%j → %j', (raw, expected) => {
		expect(toMatchKey(raw)).toBe(expected);
	});
});

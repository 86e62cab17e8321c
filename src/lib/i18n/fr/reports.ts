import { reportAppendix } from './reports-appendix';
import { reportSections } from './reports-sections';

/** The Rapports page, the CSV downloads of data tables, and the council report's cover and summary. */
export const reports = {
	title: 'Rapports',
	page: {
		intro:
			'Le rapport au conseil municipal rassemble dans un document imprimable et archivable les dépenses logicielles, les scénarios d’économies, les indicateurs de souveraineté et l’avancement du plan. Il est calculé à partir des fichiers importés : ses chiffres sont ceux des autres pages.',
		scenarioLabel: 'Scénario présenté en détail',
		followedSuffix: '(suivi)',
		show: 'Mettre à jour l’aperçu',
		download: 'Télécharger le PDF',
		downloadHelp:
			'PDF au format A4, texte sélectionnable, balisé pour les lecteurs d’écran, polices incorporées, marqueurs PDF/A-2b pour l’archivage.',
		previewTitle: 'Aperçu du rapport',
		previewNote:
			'Aperçu à l’écran du même contenu que le PDF ; dans le PDF, les données de chaque graphique sont reprises en annexe.',
		noOrg: 'Aucune collectivité : le rapport apparaîtra après le premier import.',
		contents: 'Sommaire',
		period: 'Période : {period}',
		generatedOn: 'Document généré le {date}',
		preparedBy: 'Préparé par : {role}',
		info: 'À noter\u00a0:',
		warning: 'Attention\u00a0:',
		figure: 'Figure {n}'
	},
	csv: {
		excel: 'CSV pour Excel',
		plain: 'CSV UTF-8',
		excelLabel: 'Télécharger «\u00a0{caption}\u00a0» en CSV pour Excel (point-virgule, virgule décimale)',
		plainLabel: 'Télécharger «\u00a0{caption}\u00a0» en CSV UTF-8 (virgule, point décimal)',
		group: 'Télécharger ce tableau',
		defaultName: 'tableau'
	},
	meta: {
		title: 'Rapport au conseil municipal — logiciels, économies et souveraineté numérique',
		shortTitle: 'Rapport au conseil municipal',
		subtitle: 'Dépenses logicielles, scénarios de passage au logiciel libre et indépendance numérique',
		subject: 'Rapport au conseil municipal',
		keywords: ['logiciels', 'logiciel libre', 'économies', 'souveraineté numérique', 'Cap Libre'],
		roles: {
			admin: 'Administration de Cap Libre',
			finance: 'Service des finances',
			elected: 'Élu(e) de la collectivité',
			cli: 'Administration de Cap Libre (ligne de commande)'
		},
		periodSpend: 'dépenses {year} ({basis})',
		basisInvoice: 'factures',
		basisAccounting: 'mandats',
		periodUsage: 'rapports d’usage du {from} au {to}',
		periodUsageOne: 'rapport d’usage du {date}',
		periodNone: 'aucune donnée importée'
	},
	summary: {
		title: 'Synthèse pour les élus',
		intro:
			'Les logiciels de {org} : ce qu’ils coûtent, ce que changerait le passage à des logiciels libres et de qui la collectivité dépend. Chiffres calculés à partir des {files} fichier(s) importé(s) ; les hypothèses sont signalées comme telles (section «\u00a0Méthode et hypothèses\u00a0»).',
		recommendationIntro: 'Ce que disent les chiffres :',
		recommendation: {
			noScenario:
				'Aucun scénario de migration n’a encore pu être chiffré : il faut d’abord importer les factures ou les listes de licences des logiciels propriétaires.',
			profitableOne:
				'Sur les {total} scénarios chiffrés, seul «\u00a0{name}\u00a0» est rentable : {cumulative} d’économies cumulées sur {years} ans (valeur actuelle nette : {npv}), investissement remboursé {payback} ; dans 8 tirages sur 10, les économies cumulées sont comprises entre {p10} et {p90}.',
			profitableMany:
				'Sur les {total} scénarios chiffrés, {count} sont rentables ; le plus rentable est «\u00a0{name}\u00a0» : {cumulative} d’économies cumulées sur {years} ans (valeur actuelle nette : {npv}), investissement remboursé {payback} ; dans 8 tirages sur 10, les économies cumulées sont comprises entre {p10} et {p90}.',
			noneProfitable:
				'Aucun des {total} scénarios chiffrés n’est rentable sur son horizon avec les hypothèses retenues ; le moins défavorable, «\u00a0{name}\u00a0», a une valeur actuelle nette de {npv}. Sur ces bases, une migration générale ne se justifie pas par les économies : elle peut se décider pour la souveraineté, ou après vérification des hypothèses.',
			paybackIn: 'en {year} (année {n} du plan)',
			paybackInPlanYear: 'à l’année {n} du plan',
			presented:
				'Le scénario détaillé dans ce rapport, «\u00a0{name}\u00a0», a une valeur actuelle nette de {npv} ; son investissement est remboursé {payback}.',
			presentedNever: 'au-delà de son horizon (pas de retour sur investissement)',
			checkAssumption:
				'L’hypothèse qui pèse le plus sur ce résultat est «\u00a0{label}\u00a0» : c’est elle qu’il faut vérifier en premier.',
			unusedSeats:
				'Sans attendre une migration, {seats} licences payées ne sont pas utilisées : les résilier ou les réattribuer économiserait {cost} par an.',
			lowCoverage:
				'Les indicateurs de souveraineté ne reposent que sur {coverage} du parc : il faut compléter les informations des logiciels (éditeur, pays, hébergement, licence) avant d’en tirer des conclusions.'
		}
	},
	...reportSections,
	...reportAppendix
};

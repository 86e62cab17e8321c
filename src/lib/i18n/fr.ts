/**
 * The message catalogue: every user-facing text of the interface, in French (the reference language).
 * en.ts mirrors this shape; TypeScript refuses a missing key.
 */
export const fr = {
	app: {
		name: 'Cap Libre',
		tagline: 'Logiciels, économies et souveraineté numérique',
		skipToContent: 'Aller au contenu',
		mainNav: 'Navigation principale',
		organisation: 'Collectivité',
		switchOrganisation: 'Changer de collectivité',
		demoBanner: 'Données de démonstration : commune fictive.',
		footer: 'Cap Libre — logiciel libre (AGPL-3.0). Aucune donnée ne quitte ce serveur.'
	},
	nav: {
		dashboard: 'Tableau de bord',
		imports: 'Imports',
		licences: 'Logiciels et licences',
		scenarios: 'Scénarios',
		sovereignty: 'Souveraineté',
		reports: 'Rapports',
		settings: 'Paramètres'
	},
	dashboard: {
		title: 'Tableau de bord',
		intro: 'Dépenses logicielles de la collectivité, d’après les fichiers importés.',
		annualSpend: 'Dépense logicielle annuelle',
		annualSpendHelp: 'Somme des lignes de licences et factures de l’année, toutes taxes comprises.',
		proprietaryShare: 'Part des licences propriétaires',
		spendByVendor: 'Dépense par éditeur',
		spendByProduct: 'Dépense par logiciel',
		vendor: 'Éditeur',
		product: 'Logiciel',
		amount: 'Montant TTC',
		share: 'Part',
		year: 'Année',
		noData:
			'Aucune dépense importée pour le moment. Importez vos factures ou contrats depuis la page Imports.',
		unknownVendor: 'Éditeur non renseigné',
		unclassified: 'Non classé',
		linesCount: 'lignes',
		sourceNote: 'Source : {files} fichier(s) importé(s), {lines} ligne(s) de dépense.'
	},
	chart: {
		showTable: 'Afficher le tableau de données',
		hideTable: 'Masquer le tableau de données',
		summary: 'Résumé du graphique',
		total: 'Total',
		others: 'Autres',
		barsSummary: '{title} : {count} postes ; le premier, {label}, représente {amount} ({share}).',
		emptySummary: '{title} : aucune donnée.'
	},
	common: {
		comingSoon: 'Cette page sera disponible dans une prochaine version.',
		notFound: 'Page introuvable',
		error: 'Une erreur est survenue',
		backHome: 'Retour au tableau de bord'
	}
};

export type Messages = typeof fr;

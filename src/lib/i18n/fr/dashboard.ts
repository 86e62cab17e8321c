export const dashboard = {
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
	noData: 'Aucune dépense importée pour le moment. Importez vos factures ou contrats depuis la page Imports.',
	unknownVendor: 'Éditeur non renseigné',
	unclassified: 'Non classé',
	linesCount: 'lignes',
	sourceNote: 'Source : {files} fichier(s) importé(s), {lines} ligne(s) de dépense.'
};

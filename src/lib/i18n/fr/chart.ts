export const chart = {
	showTable: 'Afficher le tableau de données',
	hideTable: 'Masquer le tableau de données',
	summary: 'Résumé du graphique',
	total: 'Total',
	others: 'Autres',
	barsSummary: '{title} : {count} postes ; le premier, {label}, représente {amount} ({share}).',
	emptySummary: '{title} : aucune donnée.'
};

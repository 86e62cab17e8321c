export const nav = {
	dashboard: 'Tableau de bord',
	imports: 'Imports',
	licences: 'Logiciels et licences',
	products: 'Produits',
	scenarios: 'Scénarios',
	sovereignty: 'Souveraineté',
	reports: 'Rapports',
	settings: 'Paramètres'
};

export const nav = {
	dashboard: 'Tableau de bord',
	imports: 'Imports',
	licences: 'Logiciels et licences',
	scenarios: 'Scénarios',
	sovereignty: 'Souveraineté',
	reports: 'Rapports',
	settings: 'Paramètres'
};

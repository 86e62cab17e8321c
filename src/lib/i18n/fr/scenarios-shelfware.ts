/** "Économies immédiates": seats paid but not used. */
export const scenarioShelfware = {
	heading: 'Économies immédiates : licences payées mais inutilisées',
	intro:
		'Avant toute migration, ajuster le nombre de licences au nombre d’utilisateurs actifs fait économiser tout de suite. Seuls des nombres d’utilisateurs sont utilisés : les rapports aux noms masqués conviennent.',
	total: 'Économie annuelle possible',
	totalHelp: 'Postes inutilisés × prix payé par poste, logiciel par logiciel.',
	unused: 'Licences inutilisées',
	unusedHelp: 'Licences payées sans utilisateur actif sur la période du rapport.',
	byProductCaption: 'Par logiciel',
	byServiceCaption: 'Par service',
	detailCaption: 'Par logiciel et par service',
	columns: {
		product: 'Logiciel',
		service: 'Service',
		paid: 'Postes payés',
		active: 'Utilisateurs actifs',
		unused: 'Inutilisés',
		rate: 'Taux d’utilisation',
		saving: 'Économie par an'
	},
	noService: 'Sans service (licences attribuées à personne ou non ventilées)',
	suppressed: 'Masqué (moins de {k} agents)',
	suppressedNote:
		'Pour protéger les agents, les chiffres d’un service de moins de {k} agents ne sont pas montrés aux élus ({n} service(s) masqué(s)).',
	serviceNote:
		'Par service, chaque logiciel est compté séparément ; le total par logiciel met en commun les services (une licence libre dans un service couvre un besoin ailleurs), il peut donc être plus petit.',
	sources: 'Sources : {basis} {year} (postes payés et prix) ; activité : {reports}.',
	reportItem: '{product} au {date}',
	withoutUsage: 'Non mesurable faute de rapport d’activité : {list}.',
	withoutUsageItem: '{name} ({seats} postes)',
	pricedFromCatalogue: 'Prix du catalogue, faute de facture : {list}.',
	overAllocated:
		'{product} : {active} utilisateurs actifs pour {paid} postes payés ; ce logiciel est peut-être compris dans un autre abonnement, à vérifier.',
	empty:
		'Aucun logiciel n’a à la fois un nombre de postes payés et un rapport d’activité. Importez un export des utilisateurs ou un rapport d’usage (Microsoft 365, Zoom…) pour mesurer les licences inutilisées.'
};

/** The council report's body: spend and seats, scenarios, sovereignty, progress. */
export const reportSections = {
	spend: {
		title: 'Dépenses et licences',
		noSpend:
			'Aucune dépense importée : importez les factures ou les mandats de l’exercice pour connaître la dépense logicielle.',
		intro:
			'En {year}, la collectivité a payé {total} pour ses logiciels ({lines} lignes de {basis}, toutes taxes comprises, avoirs déduits), dont {proprietary} à des éditeurs de logiciels propriétaires ({share} de la dépense).',
		seatsIntro:
			'Postes payés et postes utilisés : {seats} postes payés ne sont pas utilisés, soit {cost} par an ({products} logiciel(s) mesuré(s) par un rapport d’usage ; {unknown} logiciel(s) payé(s) sans rapport d’usage, donc non comptés).',
		productsCaption: 'Dépense {year} et postes par logiciel',
		product: 'Logiciel',
		vendor: 'Éditeur',
		spend: 'Dépense {year} TTC',
		paid: 'Postes payés',
		used: 'Postes utilisés',
		unused: 'Postes inutilisés',
		unusedCost: 'Coût annuel des postes inutilisés',
		productsNote:
			'Postes payés : quantité facturée, à défaut abonnement en cours, à défaut agents titulaires d’une licence. Postes utilisés : titulaires actifs dans le dernier rapport d’usage. Un tiret signale une information absente des fichiers importés.'
	},
	scenario: {
		title: 'Scénario présenté : {name}',
		titleNone: 'Scénario de migration',
		none: 'Aucun scénario : il faut d’abord importer les factures ou les listes de licences des logiciels propriétaires.',
		intro:
			'Le scénario «\u00a0{name}\u00a0» remplace {lines} logiciel(s) propriétaire(s) par des équivalents libres sur {years} ans, par vagues ({waves} des postes à basculer chaque année).',
		followed: 'C’est le scénario suivi par la collectivité.',
		notFollowed: 'La collectivité suit actuellement le scénario «\u00a0{followed}\u00a0».',
		linesCaption: 'Logiciels concernés par le scénario',
		line: 'Logiciel → alternative',
		seats: 'Postes',
		unitPrice: 'Prix par poste et par an',
		lineSavings: 'Économies sur {years} ans'
	},
	compare: {
		title: 'Comparaison des scénarios',
		none: 'Aucun scénario à comparer.',
		intro:
			'Les {count} scénarios de la collectivité, calculés avec le même modèle et les mêmes données ; seules les hypothèses et le rythme de bascule changent.',
		figure: 'Chiffre',
		presented: '(présenté)',
		followed: '(suivi)'
	},
	sovereignty: {
		title: 'Souveraineté numérique',
		intro:
			'De qui dépend la collectivité pour ses logiciels ? Les indicateurs ci-dessous sont calculés sur {products} produits (dépenses {year}). Chacun est donné avec sa couverture : la part des postes ou des dépenses pour laquelle l’information est connue ; en dessous de 80 %, il peut encore changer nettement.',
		indicatorsCaption: 'Indicateurs de souveraineté',
		indicator: 'Indicateur',
		reading: 'Ce que cela veut dire',
		definitionsIntro: 'Définition et formule de chaque indicateur :',
		definition: '{definition} Formule : {formula}',
		lowCoverageCell: '{coverage} (insuffisante)'
	},
	progress: {
		title: 'Avancement de la migration : prévu et constaté',
		intro:
			'Le plan du scénario suivi, «\u00a0{name}\u00a0», comparé à ce que montrent les fichiers importés (rapports d’usage datés et factures). Rien n’est saisi à la main.',
		statusCaption: 'État de la bascule par famille de logiciels',
		status: 'État',
		latestDate: 'Dernier rapport',
		planned: 'Postes prévus à cette date',
		realised: 'Postes basculés constatés',
		suppressedNote: '{count} service(s) masqué(s) (petits groupes).'
	}
};

import { sovereigntySections } from './sovereignty-sections';

export const sovereignty = {
	title: 'Souveraineté numérique',
	intro:
		'De quoi dépend la collectivité pour ses logiciels ? Cette page le mesure à partir de vos fichiers importés : ' +
		'chaque chiffre est donné avec sa définition, sa formule, les données qu’il utilise et sa couverture, ' +
		'c’est-à-dire la part de l’inventaire pour laquelle l’information est connue.',
	basis: 'Calculé sur {products} produits : dépenses {year} ({basis}) et postes connus.',
	basisInvoice: 'factures',
	basisAccounting: 'mandats',
	noYear: 'aucune dépense importée',
	noData:
		'Aucune donnée à analyser : importez vos factures, exports de licences ou l’inventaire GLPI depuis la page Imports.',
	toc: 'Sur cette page',
	howToReadTitle: 'Comment lire ces chiffres',
	howToRead: [
		'Une part (« 25 % des postes ») se calcule uniquement sur les produits dont l’information est connue.',
		'La couverture dit sur quelle part des postes ou des dépenses l’information est connue : en dessous de 80 %, l’indicateur est signalé « couverture insuffisante » et peut encore bouger beaucoup.',
		'Un produit est un « poste » par licence payée ; à défaut, par utilisateur actif ou par installation (inventaire GLPI).',
		'Pour améliorer la couverture, complétez les produits listés dans la section « À compléter ».'
	],
	keyFigures: {
		composite: 'Score de souveraineté',
		compositeHelp: 'couverture {coverage}',
		insufficient: 'insuffisante',
		seal: 'Niveau SEAL estimé',
		sealHelp: 'auto-évaluation, pas une certification',
		sealUnknown: 'non évaluable',
		nonEuSpend: 'Dépense exposée hors UE',
		nonEuSpendHelp: '{share} des dépenses connues',
		openSource: 'Postes sous logiciel libre',
		openSourceHelp: 'couverture {coverage}'
	},
	value: 'Valeur',
	unknown: 'inconnue',
	coverage: 'Couverture',
	coverageText: '{share} {basis}',
	coverageSeats: 'des postes',
	coverageSpend: 'des dépenses',
	lowCoverage:
		'Couverture insuffisante : l’information manque pour {missing} {basis}. La valeur peut encore changer quand ces produits seront complétés.',
	howComputed: 'Comment est-il calculé ?',
	definition: 'Définition',
	formula: 'Formule',
	inputs: 'Données utilisées',
	indicatorsTitle: 'Les indicateurs',
	indicatorsIntro:
		'Chaque indicateur se lit seul ; les plus importants alimentent le score de souveraineté ci-dessus.',
	families: {
		licence: 'Logiciels libres',
		jurisdiction: 'Exposition au droit extra-européen',
		hosting: 'Localisation des données',
		concentration: 'Dépendance à un fournisseur',
		openness: 'Formats ouverts et réversibilité',
		mutualisation: 'Mutualisation avec d’autres administrations',
		seal: 'Postes par niveau SEAL (auto-évaluation)',
		other: 'Autres indicateurs'
	},
	familyIntros: {
		licence: 'Un logiciel libre peut être utilisé, étudié, modifié et confié à n’importe quel prestataire.',
		jurisdiction:
			'Un fournisseur soumis à une loi extra-européenne à portée extraterritoriale (CLOUD Act américain, par exemple) peut être contraint de livrer des données.',
		hosting:
			'Les quatre parts se complètent : elles totalisent 100 % des postes dont l’hébergement est connu.',
		concentration:
			'Plus la dépense est concentrée, plus un changement de prix ou de conditions d’un fournisseur pèse sur le budget.',
		openness:
			'Pouvoir changer d’outil suppose de pouvoir en sortir ses données et de trouver un autre prestataire.',
		mutualisation:
			'Un outil référencé au SILL (État) ou au Comptoir du Libre (ADULLACT) est déjà utilisé par d’autres administrations.',
		seal: 'Part des postes selon le niveau de souveraineté estimé de leur produit (voir la section SEAL).',
		other: ''
	},
	composite: {
		title: 'Score de souveraineté (0 à 100)',
		intro:
			'Une moyenne pondérée de sept composantes, chacune orientée pour que 100 soit le plus souverain. Le score n’est jamais donné seul : voici ses parts, ses poids et sa couverture.',
		chartTitle: 'Décomposition du score de souveraineté',
		component: 'Composante',
		value: 'Valeur (100 % = le plus souverain)',
		weight: 'Poids',
		points: 'Points obtenus',
		maxPoints: 'Points possibles',
		coverage: 'Couverture',
		obtained: 'Points obtenus',
		lost: 'Points non obtenus',
		summary:
			'{title} : {score} sur 100. {best} apporte le plus de points ({bestPoints}) ; {worst} en fait perdre le plus ({worstLost}).',
		emptySummary: '{title} : score non calculable faute de données.',
		lowCoverage:
			'Couverture insuffisante ({coverage}) : une partie des produits n’a pas encore les attributs nécessaires, le score peut encore changer nettement. Voir la section « À compléter ».',
		names: {
			'open-source': 'Logiciels libres (postes)',
			jurisdiction: 'Dépense non exposée hors UE',
			'data-location': 'Données hors cloud extra-européen',
			'open-formats': 'Formats ouverts (postes)',
			reversibility: 'Réversibilité (dépenses)',
			'vendor-diversity': 'Diversité des fournisseurs',
			mutualisation: 'Postes sur outils mutualisés'
		},
		formula:
			'Score = 100 × Σ (poids × valeur) ÷ Σ poids, sur les composantes qui ont une valeur. Valeur = l’indicateur, ou 1 − l’indicateur quand il mesure une exposition (1 − HHI ÷ 10 000 pour la concentration).',
		weightsTitle: 'Poids des composantes',
		weightsIntro:
			'Les poids par défaut sont un choix éditorial de Cap Libre (aucun référentiel public n’en fixe) : la collectivité peut les adapter à ses priorités. Ils sont ramenés à 100 %.',
		weightsDefault: 'Poids par défaut de Cap Libre.',
		weightsCustom: 'Poids choisis par la collectivité.',
		weightsReadOnly: 'Seuls le service des finances et les administrateurs peuvent modifier les poids.',
		weightPoints: 'points',
		defaultWeight: 'par défaut : {n}',
		save: 'Enregistrer les poids',
		reset: 'Revenir aux poids par défaut',
		saved: 'Poids enregistrés : le score et sa décomposition sont recalculés.',
		weightsCaption: 'Poids de chaque composante du score'
	},
	...sovereigntySections
};

/** Sections of the Souveraineté page below the indicators: SEAL, trend, projection, TNL, to complete. */
export const sovereigntySections = {
	seal: {
		title: 'Niveau de souveraineté SEAL (auto-évaluation, pas une certification)',
		intro:
			'Inspiré du cadre européen de souveraineté du cloud (Commission européenne, v1.2.1, octobre 2025) : huit objectifs SOV-1 à SOV-8, notés de 0 à 4, et cinq niveaux SEAL-0 à SEAL-4. Cap Libre répond à des questions simplifiées à partir des attributs de vos produits.',
		rule: 'Le niveau global est plafonné par l’objectif le plus faible : une seule dépendance forte suffit à limiter la souveraineté de l’ensemble.',
		overall: 'Niveau global estimé',
		weightedScore: 'Score pondéré',
		weakest: 'Objectif le plus faible',
		notAssessable: 'non évaluable',
		objectivesCaption: 'Objectifs du cadre européen : score, niveau et couverture',
		objective: 'Objectif',
		weight: 'Poids',
		score: 'Score',
		level: 'Niveau',
		coverage: 'Couverture (postes)',
		proxy: 'Question posée par Cap Libre',
		productsTitle: 'Niveau estimé de chaque produit',
		productsCaption: 'Niveau SEAL estimé par produit (auto-évaluation)',
		product: 'Produit',
		seats: 'Postes',
		fewerThan: 'moins de {k}',
		insufficient: 'insuffisante',
		levelRange: 'entre {min} et {max}',
		levelRangeHelp: 'Un niveau « entre … et … » dépend d’attributs encore inconnus.'
	},
	trend: {
		title: 'Évolution dans le temps',
		intro:
			'Un relevé de tous les indicateurs est enregistré après chaque import, modification de scénario ou de produit. Chaque point est daté par les données qu’il décrit (dernier rapport d’usage, facture ou mandat) ; pour une même date, le dernier relevé est retenu.',
		weightsNote: 'Le score de chaque point est calculé avec les poids en vigueur au moment du relevé.',
		noSnapshot:
			'Aucun relevé enregistré pour l’instant : le graphique montre la situation actuelle ; les relevés suivants s’y ajouteront.',
		chartTitle: 'Évolution des principaux indicateurs',
		date: 'Date des données',
		axis: '% ou points sur 100',
		summary: '{title} : {count} relevés, du {first} au {last}. {label} : de {from} à {to}.',
		single: '{title} : un seul relevé, au {date}. {label} : {value}.',
		empty: '{title} : aucun relevé.'
	},
	projection: {
		title: 'Trajectoire projetée avec le scénario suivi',
		intro:
			'Ce que deviendraient les indicateurs si le scénario « {name} » se réalisait, vague après vague : chaque vague bascule la part prévue des postes migrables vers l’alternative libre.',
		noScenario:
			'Aucun scénario suivi : créez ou choisissez un scénario pour voir la trajectoire projetée des indicateurs.',
		scenarioLink: 'Voir les scénarios',
		chartTitle: 'Trajectoire projetée des principaux indicateurs',
		step: 'Étape',
		now: 'Aujourd’hui',
		afterWave: 'Après la vague {n}',
		afterWaveLong: 'Après la vague {n} ({share} des postes migrables basculés)',
		summary: '{title} : {label} passerait de {from} aujourd’hui à {to} ({last}).',
		stepLine: '{step} : score de souveraineté {score}, niveau {level}.',
		empty: '{title} : le scénario ne prévoit aucune vague de migration.',
		movesTitle: 'Ce que le scénario fait basculer',
		movesCaption: 'Produits remplacés par le scénario à la fin des vagues',
		from: 'Produit actuel',
		to: 'Alternative libre',
		seatsMoved: 'Postes basculés',
		warnings: 'Points d’attention',
		spendNote:
			'Après migration, la dépense prise en compte pour l’alternative est son coût récurrent (support, hébergement) tel que le scénario le prévoit.'
	},
	tnl: {
		title: 'Label « Territoire Numérique Libre » : préparer le dossier',
		intro:
			'Les éléments que vos données permettent déjà de renseigner, rangés selon les cinq axes du label ADULLACT. C’est une aide à la préparation du dossier, pas une prédiction du label.',
		caption: 'Éléments pour le dossier de candidature, par axe du label',
		dimension: 'Axe',
		item: 'Élément',
		value: 'Valeur',
		reading: 'Ce qu’on peut écrire',
		toComplete: 'à renseigner',
		pooledTools: 'Outils référencés au SILL ou au Comptoir du Libre',
		noPooledTools: 'Aucun outil de l’inventaire n’est encore référencé (voir « À compléter »).'
	},
	toComplete: {
		title: 'À compléter',
		intro:
			'Ces produits ont des attributs inconnus : ils sont exclus du calcul des indicateurs concernés, ce qui réduit la couverture. Les compléter rend les chiffres plus sûrs.',
		attributesCaption: 'Attributs manquants et part de l’inventaire qu’ils laissent hors du calcul',
		attribute: 'Attribut manquant',
		productCount: 'Produits',
		seatsShare: 'Part des postes',
		spendShare: 'Part des dépenses',
		indicators: 'Indicateurs concernés',
		productsCaption: 'Produits à compléter, les plus lourds d’abord',
		product: 'Produit',
		missing: 'Attributs manquants',
		effect: 'Effet sur la couverture',
		effectSeats: '+{share} des postes',
		effectSpend: '+{share} des dépenses',
		action: 'Action',
		complete: 'Compléter',
		completeLabel: 'Compléter {name}',
		askFinance:
			'Ces produits sont à compléter par le service des finances ou un administrateur, depuis la page Produits.',
		allProducts: 'Voir tous les produits',
		sillUnverified:
			'{n} logiciel(s) libre(s) sans référence SILL ou Comptoir du Libre vérifiée ({names}) : tant que la référence n’est pas saisie, ils comptent comme non mutualisés.',
		showAll: 'Afficher les {n} produits',
		more: 'et {n} autre(s)'
	},
	weightsError: 'Poids non enregistrés',
	series: {
		composite: 'Score de souveraineté',
		openSource: 'Postes sous logiciel libre',
		nonEuSpend: 'Dépense exposée hors UE',
		openFormats: 'Postes en formats ouverts',
		coverage: 'Couverture du score'
	},
	levels: {
		0: 'SEAL-0 : aucune souveraineté',
		1: 'SEAL-1 : souveraineté juridique formelle',
		2: 'SEAL-2 : souveraineté des données',
		3: 'SEAL-3 : résilience numérique',
		4: 'SEAL-4 : souveraineté numérique complète'
	}
};

/** The council report's reference sections: methodology, data sources, glossary, privacy statement. */
export const reportAppendix = {
	methodology: {
		title: 'Méthode et hypothèses',
		intro:
			'Chaque chiffre de ce rapport vient soit des fichiers importés, soit d’une source publiée (citée avec sa date), soit d’une hypothèse signalée comme telle. Les montants sont calculés en centimes entiers, puis arrondis à l’euro pour l’affichage. Le modèle d’économies, formule par formule :',
		sovereigntyMethod:
			'Score de souveraineté : sept composantes orientées pour que 100 soit le plus souverain, chacune calculée sur les produits dont l’information est connue.',
		parametersCaption: 'Paramètres du scénario «\u00a0{name}\u00a0»',
		assumptionsCaption:
			'Hypothèses incertaines du scénario «\u00a0{name}\u00a0» (valeur basse, retenue, haute)',
		catalogueIntro:
			'Les prix publics des logiciels propriétaires et les coûts des alternatives libres viennent du catalogue des équivalents (chiffres mis à jour le {date}). Chaque chiffre porte sa source et sa date, ou la mention «\u00a0Hypothèse\u00a0» avec sa justification quand aucune source publique n’existe.',
		catalogueCaption: 'Chiffres par défaut du catalogue, avec leur source et leur date',
		figure: 'Chiffre',
		kind: 'Nature',
		justification: 'Justification',
		source: 'Source ou justification',
		date: 'Date',
		assumption: 'Hypothèse',
		assumptionNote: 'Hypothèse : {note}',
		published: 'Source publiée',
		entered: 'Valeur saisie',
		data: 'Vos données'
	},
	sources: {
		title: 'Sources des données',
		intro:
			'Le rapport est calculé à partir de {files} fichier(s) importé(s), chacun reconnu par son format d’export ; aucun chiffre n’est saisi à la main.',
		noFiles: 'Aucun fichier importé.',
		filesCaption: 'Fichiers importés',
		file: 'Fichier',
		format: 'Format reconnu',
		importedOn: 'Importé le',
		periodHeader: 'Période couverte',
		period: 'du {from} au {to}',
		rows: 'Lignes',
		coverageIntro:
			'Couverture de chaque indicateur de souveraineté : la part des postes ou des dépenses pour laquelle les informations nécessaires sont connues, et les données qu’il utilise.',
		coverageCaption: 'Couverture des indicateurs'
	},
	glossary: {
		title: 'Glossaire',
		items: [
			{
				term: 'Logiciel libre',
				definition:
					'Logiciel que chacun peut utiliser, étudier, modifier et redistribuer ; la collectivité peut en confier le support à n’importe quel prestataire.'
			},
			{
				term: 'Logiciel propriétaire',
				definition: 'Logiciel dont l’éditeur seul fixe le prix, les conditions d’usage et l’évolution.'
			},
			{
				term: 'Poste (ou siège, ou licence)',
				definition:
					'Un droit d’usage payé pour un agent, un ordinateur ou un site. Un poste inutilisé est payé sans que son titulaire ait utilisé le logiciel pendant la période du dernier rapport d’usage.'
			},
			{
				term: 'Scénario',
				definition:
					'Un plan chiffré de remplacement de logiciels propriétaires par des équivalents libres : quels logiciels, à quel rythme (vagues), avec quelles hypothèses. Le scénario suivi est celui que la collectivité a retenu pour son tableau de bord et sa progression.'
			},
			{
				term: 'Économies cumulées',
				definition:
					'Coût sans changement moins coût du scénario, années additionnées ; négatif tant que l’investissement (formation, migration) n’est pas remboursé.'
			},
			{
				term: 'Valeur actuelle nette (VAN)',
				definition:
					'Les économies de chaque année ramenées à aujourd’hui avec un taux d’actualisation (3,2 % par défaut, France Stratégie 2021) : un euro économisé dans cinq ans vaut moins qu’un euro aujourd’hui. Une VAN positive signifie que le scénario rapporte plus qu’il ne coûte.'
			},
			{
				term: 'Retour sur investissement',
				definition:
					'La première année à partir de laquelle les économies cumulées restent positives jusqu’à la fin de l’horizon.'
			},
			{
				term: 'P10, P50, P90',
				definition:
					'Sur 10 000 tirages au hasard des hypothèses (méthode de Monte Carlo), 1 tirage sur 10 fait moins bien que le P10, la moitié moins bien que le P50 (médiane), 9 sur 10 moins bien que le P90.'
			},
			{
				term: 'Graphique en tornade (sensibilité)',
				definition:
					'Montre, hypothèse par hypothèse, comment la VAN change quand une seule hypothèse passe de sa valeur basse à sa valeur haute ; les plus longues barres désignent les hypothèses à vérifier en premier.'
			},
			{
				term: 'Hypothèse',
				definition:
					'Un chiffre qu’aucune source publique ne donne : il est affiché comme tel, avec sa justification, et la collectivité peut le remplacer par le sien.'
			},
			{
				term: 'Couverture',
				definition:
					'La part des postes ou des dépenses pour laquelle l’information nécessaire à un indicateur est connue. En dessous de 80 %, l’indicateur est signalé «\u00a0couverture insuffisante\u00a0».'
			},
			{
				term: 'Droit extra-européen (extraterritorialité)',
				definition:
					'Une loi étrangère qui peut obliger un fournisseur à livrer des données, même hébergées en Europe (par exemple le CLOUD Act américain).'
			},
			{
				term: 'SecNumCloud',
				definition:
					'Qualification de l’ANSSI pour les offres d’informatique en nuage qui protègent les données contre les lois extra-européennes.'
			},
			{
				term: 'Réversibilité',
				definition:
					'La possibilité de quitter un fournisseur en récupérant ses données dans un format ouvert et en trouvant un autre prestataire.'
			},
			{
				term: 'Formats ouverts',
				definition:
					'Formats de fichiers documentés et libres d’usage (par exemple ODF pour la bureautique), lisibles par plusieurs logiciels.'
			},
			{
				term: 'HHI (indice de Herfindahl-Hirschman)',
				definition:
					'Mesure de la concentration de la dépense sur quelques fournisseurs, de 0 (très dispersée) à 10 000 (un seul fournisseur).'
			},
			{
				term: 'SEAL',
				definition:
					'Niveaux de souveraineté de 0 à 4 inspirés du cadre européen de souveraineté du cloud (Commission européenne, 2025) ; Cap Libre en fait une auto-évaluation, pas une certification.'
			},
			{
				term: 'SILL, Comptoir du Libre',
				definition:
					'Socle interministériel de logiciels libres (État) et catalogue de l’ADULLACT : un logiciel qui y figure est déjà utilisé par d’autres administrations.'
			},
			{
				term: 'TTC, HT',
				definition:
					'Toutes taxes comprises (ce que paie la collectivité, tel que facturé), hors taxes (prix publics du catalogue).'
			},
			{
				term: 'Pseudonymisation',
				definition:
					'Remplacement de l’identifiant d’un agent par une empreinte calculée avec une clé secrète propre à l’instance : les chiffres peuvent être suivis dans le temps sans savoir de qui il s’agit.'
			},
			{
				term: 'Petit groupe (k)',
				definition:
					'Un service de moins de k agents : ses chiffres sont masqués dans les tableaux destinés aux élus, pour que personne ne puisse être reconnu.'
			}
		]
	},
	privacy: {
		title: 'Données personnelles',
		intro:
			'Ce rapport ne contient aucune donnée individuelle : seulement des chiffres agrégés, jamais sur un groupe de moins de {k} agents. Pour les calculer, Cap Libre a traité des données sur l’usage des logiciels par le personnel, pseudonymisées dès l’import.',
		noStaffFiles: 'Aucun fichier importé ne contient de données sur le personnel.',
		staffFiles: 'Données sur le personnel utilisées ({count} fichier(s)) :',
		staffFile: '{file} — {format} ({rows} lignes)'
	}
};

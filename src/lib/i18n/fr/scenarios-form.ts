/** The form that edits a scenario; figures update as the user types, saving keeps the changes. */
export const scenarioForm = {
	heading: 'Modifier les hypothèses',
	intro:
		'Les chiffres se mettent à jour à chaque modification. Enregistrez pour les conserver : rien n’est modifié tant que vous n’avez pas enregistré.',
	liveFigures: 'Chiffres avec vos modifications',
	unsaved: 'Modifications non enregistrées',
	stale: 'Chiffres non mis à jour : corrigez les erreurs ci-dessous.',
	errorsTitle: 'Le scénario contient des erreurs :',
	saved: 'Scénario enregistré.',
	save: 'Enregistrer le scénario',
	reset: 'Annuler les modifications',
	reloadData: 'Reprendre postes et prix de vos données importées',
	reloadDataHelp:
		'Remplace les logiciels du scénario par ceux de vos fichiers importés (postes payés, prix payés) ; les hypothèses restent.',
	general: 'Paramètres généraux',
	name: 'Nom du scénario',
	horizon: 'Horizon (années)',
	discountRate: 'Taux d’actualisation',
	discountOptions: {
		'0.032': '3,2 % — France Stratégie, 2021 (recommandé)',
		'0.045': '4,5 % — rapport Quinet, 2013 (remplacé)',
		'0': '0 % — sans actualisation'
	},
	discountOther: '{rate} — valeur du fichier',
	agentCount: 'Nombre d’agents (pour l’économie par agent)',
	agentCountHelp: 'Laisser vide : le plus grand nombre de postes d’une ligne.',
	waves: 'Vagues de bascule',
	wavesHelp:
		'Part des postes basculés au début de chaque année, en % (la première année est le pilote). Le total ne peut dépasser 100 %.',
	waveYear: 'Année {year} (%)',
	wavesTotal: 'Total : {total}',
	ranges: 'Hypothèses incertaines',
	rangesHelp:
		'Valeur basse, retenue et haute : la valeur retenue fait les chiffres ; la fourchette fait l’incertitude (tirages Monte Carlo) et le graphique de sensibilité.',
	low: 'Basse',
	likely: 'Retenue',
	high: 'Haute',
	units: {
		percent: '%',
		euros: '€',
		factor: 'coefficient',
		months: 'mois',
		days: 'jours'
	},
	lines: 'Logiciels concernés',
	linesHelp:
		'Postes, prix et coûts par poste. Changer d’alternative reprend ses coûts dans le catalogue. Une part conservée de 100 % garde le logiciel tel quel.',
	line: {
		alternative: 'Remplacé par',
		bundle: 'Suite complète : {names}',
		none: 'Rien (reste propriétaire)',
		seats: 'Postes',
		unitPrice: 'Prix par poste et par an (€)',
		schedule: 'Barème par année (€ par poste, séparés par « ; »)',
		scheduleHelp: 'Vide : prix ci-dessus, augmenté chaque année de la hausse des prix.',
		oneOff: 'Coût ponctuel par poste basculé (€)',
		recurring: 'Support et hébergement par poste et par an (€)',
		training: 'Formation (jours par agent)',
		hardware: 'Matériel évité par poste et par an (€)',
		residual: 'Part conservée (%)',
		residualHelp: 'Vide : hypothèse du scénario.'
	},
	conversion: {
		notANumber: '{field} : « {value} » n’est pas un nombre.',
		notAnInteger: '{field} : « {value} » n’est pas un nombre entier.'
	},
	paths: {
		name: 'Nom',
		horizonYears: 'Horizon',
		discountRate: 'Taux d’actualisation',
		waves: 'Vagues',
		agentCount: 'Nombre d’agents'
	},
	readOnly: 'Seuls les agents des finances et les administrateurs peuvent modifier les hypothèses.'
};

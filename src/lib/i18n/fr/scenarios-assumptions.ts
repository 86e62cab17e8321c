/** The assumptions table: each assumption in plain French with where its value comes from. */
export const scenarioAssumptions = {
	heading: 'Les hypothèses, et d’où elles viennent',
	intro:
		'Chaque chiffre vient soit de vos fichiers importés, soit d’une source publiée (avec sa date), soit d’une hypothèse signalée comme telle, à remplacer par vos propres chiffres.',
	generalCaption: 'Paramètres du scénario',
	rangeCaption: 'Hypothèses incertaines (valeur basse, retenue, haute)',
	lineSourcesHeading: 'D’où vient chaque chiffre, logiciel par logiciel',
	linesCaption: 'Logiciels concernés et leurs coûts par poste',
	columns: {
		parameter: 'Paramètre',
		value: 'Valeur',
		assumption: 'Hypothèse',
		low: 'Basse',
		likely: 'Retenue',
		high: 'Haute',
		source: 'Source'
	},
	kind: {
		data: 'Vos données',
		catalogue: 'Source publiée',
		assumption: 'Hypothèse',
		edited: 'Valeur saisie',
		none: '—'
	},
	horizon: 'Horizon de calcul',
	horizonSource: 'Modèle de comparaison du Conseil du Trésor du Canada (2007) : 5 ans.',
	discountRate: 'Taux d’actualisation (réel)',
	discountSources: {
		'0.032':
			'France Stratégie, « Révision du taux d’actualisation », 21 octobre 2021 : 1,2 % + 2 % × β, β = 1.',
		'0.045': 'Rapport Quinet, 2013 (remplacé en 2021) : proposé pour comparaison.',
		'0': 'Sans actualisation : un euro de l’année 5 vaut un euro d’aujourd’hui.',
		other: 'Valeur saisie.'
	},
	waves: 'Vagues de bascule',
	wavesValue: '{list}',
	wavesSource: 'Hypothèse : part des postes basculés au début de chaque année, pilote la première année.',
	agentCount: 'Nombre d’agents',
	agentCountSource: 'Effectif déclaré de la collectivité.',
	agentCountDefault: 'Le plus grand nombre de postes d’une ligne (effectif non renseigné).',
	labels: {
		residualShare: 'Part des postes qui restent sous logiciel propriétaire',
		priceEscalationRate: 'Hausse annuelle des prix des licences',
		oneOffCostFactor: 'Coûts ponctuels de migration (coefficient)',
		recurringCostFactor: 'Support et hébergement de l’alternative (coefficient)',
		trainingDaysFactor: 'Jours de formation par agent (coefficient)',
		trainingDayCostCents: 'Coût de formation par agent et par jour',
		agentDayCostCents: 'Coût chargé d’une journée d’agent',
		dualRunningMonths: 'Mois de double licence pendant la bascule',
		productivityDipDaysPerAgent: 'Perte de productivité par agent basculé',
		hardwareSavingFactor: 'Renouvellement matériel évité (coefficient)'
	},
	explanations: {
		residualShare:
			'Postes gardés sous logiciel propriétaire (macros, applications métier). Repères publiés : Toulouse 10 % (2014), Schleswig-Holstein environ 20 % (2025), Munich 20 à 40 % (2017).',
		priceEscalationRate:
			'Hausse des prix des licences d’une année sur l’autre. Repères : +13 à +17 % pour les grands comptes Microsoft au 1er novembre 2025, −7,4 % sur les prix cloud en euros au 1er février 2026.',
		oneOffCostFactor:
			'Multiplie le coût ponctuel par poste de chaque logiciel (prestations, modèles et macros, reprise des données). Repère : Toulouse, 800 000 € pour environ 9 000 postes (2014).',
		recurringCostFactor:
			'Multiplie le support et l’hébergement annuels de l’alternative. Ces prix ne sont pas publiés pour le secteur public : valeurs du catalogue signalées comme hypothèses.',
		trainingDaysFactor:
			'Multiplie les jours de formation par agent du catalogue (hypothèse : 1 jour pour la bureautique, une demi-journée pour un système ou une messagerie).',
		trainingDayCostCents:
			'Prix d’une journée de formateur par agent. Non publié ; la formation territoriale est surtout financée par la cotisation au CNFPT (au plus 0,9 % de la masse salariale), d’où une valeur basse à 0 €.',
		agentDayCostCents:
			'Coût chargé d’une journée de travail d’un agent, pour le temps passé en formation ou perdu. Non publié : remplacez-le par le coût moyen de votre collectivité.',
		dualRunningMonths:
			'Mois pendant lesquels on paie l’ancienne licence et la nouvelle solution lors de la bascule (le ministère danois a gardé ses licences en secours en 2025).',
		productivityDipDaysPerAgent:
			'Jours de travail perdus par agent basculé. Paramètre de sensibilité : l’étude FLOSSImpact de la Commission européenne (2006) n’a pas constaté de retard, des études commandées par Microsoft en annoncent de forts.',
		hardwareSavingFactor:
			'Part du renouvellement de matériel évité quand Linux prolonge la vie des postes. Repère : Munich, 4,7 M€ évités de 2006 à 2012.'
	},
	lineColumns: {
		line: 'Logiciel → alternative',
		seats: 'Postes',
		unitPrice: 'Prix par poste et par an',
		oneOff: 'Coût ponctuel par poste basculé',
		recurring: 'Support et hébergement par poste et par an',
		training: 'Formation (jours par agent)',
		hardware: 'Matériel évité par poste et par an',
		residual: 'Part conservée'
	},
	residualDefault: 'hypothèse du scénario',
	residualWhole: 'tout (pas d’alternative)',
	sources: {
		seats: {
			invoice: 'Factures {year}',
			subscription: 'Abonnement en cours',
			'licence-list': 'Export des licences attribuées',
			site: 'Un site (hypothèse)',
			unknown: 'Vos données'
		},
		fromSpend: '{basis} {year} : {spend} TTC ÷ {seats} postes',
		basis: { invoice: 'Factures', accounting: 'Mandats' },
		catalogueFigure: 'Catalogue : {source}, {date}',
		catalogueAssumption: 'Hypothèse du catalogue',
		bundle: 'Somme des équivalents : {parts}',
		edited: 'Valeur saisie (vos données : {value})',
		editedCatalogue: 'Valeur saisie (catalogue : {value})',
		editedNoData: 'Valeur saisie',
		schedule: 'Barème par année : {values}',
		scheduleShift: 'Barème décalé de {shift} an(s) depuis la fin du support, ajusté au prix payé.',
		none: 'Sans objet',
		days: '{n} j'
	},
	skippedTitle: 'Dépenses non modélisées',
	skippedIntro: 'Ces dépenses ne figurent dans aucun scénario :',
	skippedReasons: {
		'no-catalogue-entry': 'aucun équivalent libre connu du catalogue',
		'no-seats': 'pas de nombre de postes dans les fichiers importés'
	},
	skippedItem: '{name} ({spend} TTC) : {reason}.',
	vatNote:
		'Les prix des licences viennent de vos factures (TTC) ; les coûts des alternatives viennent du catalogue (HT). Si la TVA n’est pas récupérée, majorez les coefficients de coûts de 20 %.'
};

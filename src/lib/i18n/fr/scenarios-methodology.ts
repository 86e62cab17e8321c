/** The methodology page: every formula of the savings model in plain French, with its sources. */
export const scenarioMethodology = {
	title: 'Méthode de calcul des scénarios',
	intro:
		'Cette page explique chaque chiffre des scénarios, formule par formule, pour qu’il puisse être vérifié et défendu. Les montants sont calculés en centimes entiers, puis arrondis à l’euro pour l’affichage.',
	notation: 'Notations',
	notationItems: [
		'S : postes (ou appareils, ou sites) d’un logiciel ; P : prix par poste et par an.',
		'r : part des postes qui restent sous logiciel propriétaire ; u = S × (1 − r) postes à basculer.',
		'w₁, w₂… : vagues (part des postes basculés au début de l’année 1, 2…) ; Cₜ = w₁ + … + wₜ (au plus 100 %).',
		'Aₜ = u × Cₜ postes sur l’alternative pendant l’année t ; Mₜ = u × (Cₜ − Cₜ₋₁) postes basculés au début de l’année t.',
		'pₜ = P × (1 + g)^(t − 1) : prix de l’année t, g = hausse annuelle des prix (ou le barème par année s’il existe, 0 après sa fin).',
		'h : renouvellement matériel évité par poste et par an ; R : support et hébergement de l’alternative par poste et par an ; O : coût ponctuel par poste basculé ; T : jours de formation par agent.'
	],
	sections: [
		{
			title: '1. Ne compter que les coûts qui diffèrent',
			paragraphs: [
				'Le modèle compare deux options sur le même horizon : garder les logiciels actuels (« sans changement ») ou basculer vers des logiciels libres (« avec le scénario »). Comme le modèle de comparaison du Conseil du Trésor du Canada (2007), il ne compte que les coûts qui diffèrent entre les deux : licences, matériel que le logiciel propriétaire oblige à renouveler, migration, formation, double licence, perte de productivité, support et hébergement de l’alternative.',
				'Les coûts identiques dans les deux options (postes de travail, électricité, équipe informatique) sont laissés de côté : ils s’annulent. Les licences des postes qui restent propriétaires figurent des deux côtés et s’annulent aussi.'
			],
			formulas: []
		},
		{
			title: '2. Coût sans changement',
			paragraphs: [
				'Chaque année, chaque logiciel coûte ses licences et le matériel qu’il oblige à renouveler :'
			],
			formulas: ['Sans changementₜ = S × pₜ + S × h']
		},
		{
			title: '3. Coût avec le scénario',
			paragraphs: [
				'Les postes basculent par vagues, un pilote d’abord. Une part reste sous logiciel propriétaire pour des besoins particuliers. Chaque année, le scénario coûte :'
			],
			formulas: [
				'licences encore payées = (S − Aₜ) × pₜ',
				'double licence = Mₜ × pₜ × m / 12   (m = mois de double licence, au plus 12)',
				'matériel encore renouvelé = (S − Aₜ) × h × coefficient matériel',
				'support et hébergement = Aₜ × R × coefficient support',
				'coûts ponctuels = Mₜ × O × coefficient ponctuel',
				'formation = Mₜ × T × coefficient formation × (coût formateur par jour + coût d’une journée d’agent)',
				'perte de productivité = Mₜ × jours perdus par agent × coût d’une journée d’agent'
			]
		},
		{
			title: '4. Économies, cumul et valeur actuelle nette',
			paragraphs: [
				'L’économie d’une année est la différence entre les deux coûts ; elle est négative les années où l’on investit. Le cumul additionne les années.',
				'La valeur actuelle nette (VAN) ramène chaque année à aujourd’hui : un euro économisé dans cinq ans vaut moins qu’un euro aujourd’hui. La bascule se fait en début d’année (les licences se renouvellent chaque année, les coûts d’une vague sont payés quand elle commence), donc l’année 1 n’est pas actualisée.',
				'Taux proposés, tous réels (hors inflation, comme la hausse des prix à laquelle on les compare) : 3,2 % par défaut (France Stratégie, « Révision du taux d’actualisation », 21 octobre 2021 : 1,2 % + 2 % × β avec β = 1), 4,5 % (rapport Quinet, 2013, remplacé depuis) et 0 % (sans actualisation).'
			],
			formulas: [
				'Économieₜ = Sans changementₜ − Avec le scénarioₜ',
				'Cumulₜ = Économie₁ + … + Économieₜ',
				'VAN = Σₜ Économieₜ × (1 + taux)^−(t − 1)'
			]
		},
		{
			title: '5. Retour sur investissement et économie par agent',
			paragraphs: [
				'L’année de retour sur investissement est la première année à partir de laquelle le cumul des économies est positif et le reste jusqu’à la fin de l’horizon (une vague tardive ne peut pas être masquée par une bonne première année). Si le cumul ne redevient jamais positif, le scénario n’est pas rentabilisé dans l’horizon.',
				'L’économie par agent divise le cumul par l’effectif déclaré de la collectivité (à défaut, par le plus grand nombre de postes d’un logiciel).'
			],
			formulas: ['Économie par agent = Cumul sur l’horizon ÷ agents']
		},
		{
			title: '6. Incertitude : 10 000 tirages (Monte Carlo)',
			paragraphs: [
				'Chaque hypothèse incertaine a une valeur basse, retenue et haute. Le modèle tire 10 000 jeux d’hypothèses au hasard selon une loi triangulaire (la plus probable est la valeur retenue), recalcule le scénario pour chacun, et résume les résultats : P10 (1 tirage sur 10 fait moins bien), P50 (médiane) et P90 (1 tirage sur 10 fait mieux). La probabilité d’économiser est la part des tirages où le cumul est positif.',
				'Chaque tirage s’applique à tous les logiciels à la fois : l’incertitude porte sur des faits communs (politique de prix, coût d’une journée), et tirer logiciel par logiciel compenserait les erreurs et rétrécirait la fourchette à tort. Les tirages sont reproductibles : la même graine (20251014) donne toujours les mêmes chiffres.',
				'La bande du graphique donne, pour chaque année, le P10 et le P90 du cumul à cette date ; ce n’est pas la trajectoire d’un seul tirage.'
			],
			formulas: []
		},
		{
			title: '7. Sensibilité (graphique en tornade)',
			paragraphs: [
				'Pour chaque hypothèse incertaine, on calcule la VAN avec cette hypothèse à sa valeur basse puis à sa valeur haute, toutes les autres restant à leur valeur retenue. Les hypothèses sont classées par écart décroissant : les premières sont celles qu’il faut étayer en priorité.'
			],
			formulas: []
		},
		{
			title: '8. Économies immédiates (licences inutilisées)',
			paragraphs: [
				'Avant toute migration : pour chaque logiciel, les licences payées moins les utilisateurs actifs sur la période du rapport d’activité, multipliées par le prix payé par poste. Par logiciel, les services sont mis en commun, car une licence s’attribue à n’importe quel agent. Les utilisateurs actifs au-delà des postes payés ne sont jamais comptés comme une économie.'
			],
			formulas: [
				'Inutilisés = max(0, postes payés − utilisateurs actifs)',
				'Économie annuelle = inutilisés × prix payé par poste et par an'
			]
		},
		{
			title: '9. Les données utilisées',
			paragraphs: [
				'Postes : nombre facturé dans l’année, à défaut l’abonnement en cours, à défaut le nombre d’agents titulaires d’une licence. Prix : dépense de l’année (TTC, ce que paie la collectivité) divisée par les postes ; à défaut, le prix public du catalogue avec sa source et sa date.',
				'Alternatives et leurs coûts : catalogue des équivalents libres, chaque chiffre avec sa source et sa date, ou signalé comme hypothèse quand aucune source publique n’existe. Une suite (Microsoft 365 par exemple) comprend messagerie, fichiers et visioconférence : elle est remplacée par un ensemble (bureautique, fichiers, messagerie, visioconférence, messagerie instantanée) dont les coûts s’additionnent, sinon l’économie serait surestimée.',
				'L’année 1 est l’année qui suit les dernières factures importées. Un barème qui dépend de la fin du support (mises à jour de sécurité étendues de Windows 10, dont le prix double chaque année) est décalé d’autant et ajusté au prix réellement payé.',
				'Les coûts du catalogue sont hors taxes, les prix facturés toutes taxes comprises : si la collectivité ne récupère pas la TVA, majorez les coefficients de coûts de 20 %.'
			],
			formulas: []
		}
	],
	toulouseTitle: '10. Vérification sur un cas publié : Toulouse',
	toulouseIntro:
		'Toulouse a basculé environ 90 % de ses 10 000 postes vers LibreOffice en 2012-2013, pour environ 800 000 € ; ses licences bureautiques coûtaient 1,8 M€ tous les 3 ans, et la ville annonce environ 1 M€ économisés sur les 3 premières années (next.ink, 28 juillet 2014 ; numerama.com).',
	toulouseInputs:
		'Entrées du modèle (fichier docs/examples/toulouse.json) : 10 000 postes, 10 % conservés, bascule en une fois, 1,8 M€ ÷ 3 ans ÷ 9 000 postes basculés = {price} par poste et par an, 800 000 € ÷ 9 000 = {oneOff} par poste, horizon 3 ans, sans actualisation ni autre coût.',
	toulouseResult:
		'Résultat du modèle : {result} économisés sur 3 ans, pour environ 1 000 000 € publiés (écart de {gap}).',
	toulouseTolerance:
		'Tolérance retenue : ±20 %, parce que les chiffres publiés sont eux-mêmes arrondis (« environ ») et que la répartition des 1,8 M€ entre postes basculés et conservés n’est pas publiée. Si les 1,8 M€ couvraient les 10 000 postes, le modèle donnerait environ 820 000 € : toujours dans la tolérance.',
	toulouseOk: 'Vérification réussie.',
	toulouseFailed: 'Vérification échouée : le modèle s’écarte du cas publié.',
	sourcesTitle: 'Sources',
	sources: [
		'Conseil du Trésor du Canada, « FOSS Cost Comparison Model », 2007 : horizon de 5 ans, seuls les coûts qui diffèrent.',
		'France Stratégie / DG Trésor, « Complément opérationnel I – Révision du taux d’actualisation », 21 octobre 2021 : 3,2 %.',
		'Rapport Quinet, « L’évaluation socioéconomique des investissements publics », 2013 : 4,5 % (remplacé).',
		'Toulouse : next.ink, 28 juillet 2014 ; numerama.com, article 30128.',
		'Munich : itworld.com, 26 novembre 2012 (11 M€ économisés dont 4,7 M€ de matériel) ; techrepublic.com, 2017 (retour à Windows).',
		'Commission européenne, étude FLOSSImpact, 2006 : pas de retard de productivité constaté avec OpenOffice.',
		'Prix des licences et des alternatives : voir le catalogue des équivalents, chaque chiffre avec sa source et sa date.'
	]
};

/** Key figures and charts of a scenario. */
export const scenarioFigures = {
	heading: 'Les chiffres du scénario',
	npv: 'Valeur actuelle nette (VAN)',
	npvHelp: 'Économies de chaque année ramenées à aujourd’hui au taux de {rate}, sur {years} ans.',
	cumulative: 'Économies cumulées sur {years} ans',
	cumulativeHelp: 'Coût sans changement moins coût du scénario, toutes années additionnées.',
	payback: 'Retour sur investissement',
	paybackHelp: 'Première année à partir de laquelle les économies cumulées restent positives.',
	perAgent: 'Économie par agent',
	perAgentHelp: 'Économies cumulées divisées par {agents} agents.',
	perAgentNone: 'Non calculable (aucun agent)',
	probability: 'Probabilité d’économiser',
	probabilityHelp:
		'Part des {draws} tirages aléatoires des hypothèses où le scénario fait économiser (graine {seed}).',
	range: 'Fourchette des économies (P10 – P90)',
	rangeHelp: '8 tirages sur 10 donnent des économies cumulées entre ces deux valeurs.',
	rangeValue: '{p10} à {p90}',
	negativeNote:
		'Avec ces hypothèses, le scénario coûte plus qu’il ne rapporte sur l’horizon : regardez le graphique de sensibilité pour voir quelles hypothèses pèsent le plus.',
	cashFlow: {
		title: 'Coûts et économies par année',
		baselineLabel: 'Sans changement',
		scenarioLabel: 'Avec le scénario',
		savingsLabel: 'Économie de l’année',
		cumulativeLabel: 'Économies cumulées',
		discountedLabel: 'Économie actualisée',
		summaryTemplate:
			'{title} : sur {years} ans, garder les logiciels actuels coûterait {baseline} et le scénario {scenario}, soit {savings} d’économies cumulées ; la première année, l’économie est de {first}.',
		emptySummaryTemplate: '{title} : aucune année à afficher.'
	},
	cumulativeChart: {
		title: 'Économies cumulées et leur incertitude',
		centralLabel: 'Économies cumulées (hypothèses retenues)',
		p10Label: 'P10 (prudent)',
		p50Label: 'P50 (médiane)',
		p90Label: 'P90 (favorable)',
		summaryTemplate:
			'Économies cumulées : {central} au bout de {years} ans avec les hypothèses retenues. Sur {draws} tirages des hypothèses, 8 sur 10 donnent entre {p10} et {p90} ; le scénario fait économiser dans {probability} des tirages.',
		emptySummaryTemplate: '{title} : aucune année à afficher.'
	},
	tornado: {
		title: 'Sensibilité de la VAN à chaque hypothèse',
		intro:
			'Chaque barre montre la VAN quand une seule hypothèse passe du bas au haut de sa fourchette, les autres restant à leur valeur retenue. Les plus longues sont celles à vérifier en premier.',
		assumptionHeader: 'Hypothèse',
		rangeHeader: 'Fourchette',
		lowLabel: 'VAN au bas de la fourchette',
		highLabel: 'VAN au haut de la fourchette',
		swingHeader: 'Écart',
		summaryTemplate:
			'L’hypothèse qui pèse le plus est « {label} » : selon sa fourchette, la VAN va de {low} à {high} (écart de {swing}, pour une VAN de {base} avec les hypothèses retenues).',
		emptySummaryTemplate: '{title} : aucune hypothèse n’a de fourchette, il n’y a rien à comparer.'
	},
	units: { months: '{n} mois', days: '{n} j' },
	firstYearNote: 'L’année 1 est {year}, l’année qui suit vos dernières factures importées.'
};

/** The catalogue of open-source equivalents: view and edit the organisation's copy. */
export const scenarioCatalogue = {
	title: 'Catalogue des équivalents libres',
	intro:
		'Pour chaque logiciel propriétaire : son prix public et les logiciels libres qui le remplacent, avec leurs coûts par poste. Chaque chiffre porte sa source et sa date, ou la mention « hypothèse » et sa justification. Vos modifications valent pour votre collectivité seulement et servent aux nouveaux scénarios.',
	updated: 'Chiffres mis à jour le {date}',
	edited: 'Catalogue modifié par votre collectivité.',
	shipped: 'Catalogue livré avec Cap Libre.',
	reset: 'Revenir au catalogue livré',
	resetConfirm: 'Revenir au catalogue livré ? Toutes vos modifications du catalogue seront perdues.',
	resetDone: 'Le catalogue livré s’applique de nouveau.',
	saved: '« {name} » enregistré.',
	errorsTitle: 'Le catalogue n’a pas été enregistré :',
	scenariosNote:
		'Les scénarios existants gardent leurs chiffres : pour les mettre à jour, utilisez « Reprendre postes et prix de vos données importées » dans le scénario, ou créez-en un nouveau.',
	entriesTitle: 'Logiciels propriétaires',
	alternativesTitle: 'Alternatives libres',
	edit: 'Modifier',
	save: 'Enregistrer',
	fields: {
		unitPrice: 'Prix public par poste',
		pricePeriod: { month: 'par mois', year: 'par an' },
		schedule: 'Barème par année',
		hardware: 'Renouvellement matériel imposé par poste et par an',
		oneOff: 'Coût ponctuel par poste basculé',
		recurring: 'Support et hébergement par poste et par an',
		training: 'Formation (jours par agent)',
		difficulty: 'Difficulté (1 à 5)',
		alternatives: 'Remplacé par',
		vendor: 'Éditeur',
		country: 'Pays',
		licence: 'Licence',
		sill: 'Identifiant SILL',
		comptoir: 'Identifiant Comptoir du Libre',
		endOfSupport: 'Fin de support',
		notes: 'Remarques'
	},
	figure: {
		value: 'Valeur',
		kind: 'Nature du chiffre',
		sourced: 'Chiffre publié (source et date)',
		assumption: 'Hypothèse',
		source: 'Source',
		date: 'Date (aaaa, aaaa-mm ou aaaa-mm-jj)',
		note: 'Justification',
		noteHelp:
			'Pour une hypothèse : pourquoi cette valeur. Pour un chiffre publié : comment il a été calculé (facultatif).'
	},
	dayUnit: 'j',
	assumptionTag: 'Hypothèse',
	none: '—',
	unknown: 'non vérifié',
	readOnly: 'Seuls les agents des finances et les administrateurs peuvent modifier le catalogue.'
};

import { scenarioAssumptions } from './scenarios-assumptions';
import { scenarioCatalogue } from './scenarios-catalogue';
import { scenarioFigures } from './scenarios-figures';
import { scenarioForm } from './scenarios-form';
import { scenarioMethodology } from './scenarios-methodology';
import { scenarioShelfware } from './scenarios-shelfware';

export const scenarios = {
	title: 'Scénarios',
	intro:
		'Combien coûterait, et combien rapporterait, le passage de vos logiciels propriétaires à des logiciels libres ? ' +
		'Chaque scénario part de vos fichiers importés et d’hypothèses affichées en clair, avec leur source.',
	methodologyLink: 'Méthode de calcul, formule par formule',
	catalogueLink: 'Catalogue des équivalents libres',
	listTitle: 'Vos scénarios',
	selectedBadge: 'Scénario suivi',
	selectedHelp: 'C’est ce scénario qui alimente le tableau de bord, la progression et le rapport au conseil.',
	templates: { prudent: 'Prudent', central: 'Central', ambitious: 'Ambitieux' },
	templateLabel: 'Modèle',
	noTemplate: 'Personnalisé',
	open: 'Voir le détail',
	select: 'Suivre ce scénario',
	duplicate: 'Dupliquer',
	delete: 'Supprimer',
	deleteConfirm: 'Supprimer définitivement le scénario « {name} » ?',
	createTitle: 'Nouveau scénario',
	createIntro: 'Un nouveau scénario reprend vos données importées et les hypothèses du modèle choisi.',
	createName: 'Nom (facultatif)',
	create: 'Créer le scénario',
	copyOf: 'Copie de {name}',
	noData:
		'Aucun logiciel propriétaire chiffrable pour le moment : importez vos factures ou exports de licences depuis la page Imports, puis revenez ici.',
	noScenario: 'Aucun scénario. Créez-en un à partir d’un modèle ci-dessous.',
	notFound: 'Scénario introuvable.',
	back: 'Tous les scénarios',
	updatedOn: 'Modifié le {date}',
	createdOn: 'Créé le {date}',
	lineCount: '{n} logiciel(s) concerné(s)',
	compareTitle: 'Comparaison côte à côte',
	compareCaption: 'Principaux chiffres de chaque scénario',
	compareChartTitle: 'Économies cumulées par scénario',
	compareChartSummary: '{title} : au bout de l’horizon, de {min} ({minName}) à {max} ({maxName}).',
	compareRows: {
		npv: 'Valeur actuelle nette',
		cumulative: 'Économies cumulées',
		payback: 'Retour sur investissement',
		range: 'Fourchette P10 – P90 des économies',
		probability: 'Probabilité d’économiser',
		perAgent: 'Économie par agent',
		horizon: 'Horizon',
		discountRate: 'Taux d’actualisation',
		waves: 'Vagues de bascule',
		residualShare: 'Postes restant propriétaires'
	},
	years: '{n} ans',
	yearTemplate: 'Année {year}',
	yearHeader: 'Année',
	paybackYear: 'Année {year}',
	paybackNever: 'Pas dans l’horizon',
	figures: scenarioFigures,
	assumptions: scenarioAssumptions,
	form: scenarioForm,
	shelfware: scenarioShelfware,
	methodology: scenarioMethodology,
	catalogue: scenarioCatalogue
};

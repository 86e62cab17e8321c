import type { ReportLabels } from './report-types';

/** French wording of the report furniture; ReportData.labels may override any of it. */
export const DEFAULT_REPORT_LABELS: ReportLabels = {
	contents: 'Sommaire',
	appendixTitle: 'Annexe — données des graphiques',
	appendixIntro:
		'Chaque graphique du rapport est repris ici sous forme de tableau, pour une lecture précise des valeurs et pour les lecteurs d’écran.',
	pageOf: 'Page {n} / {total}',
	continued: '(suite)',
	generatedOn: 'Document généré le {date}',
	preparedBy: 'Préparé par : {role}',
	period: 'Période : {period}',
	info: 'À noter',
	warning: 'Attention',
	figure: 'Figure {n}',
	dataOfFigure: 'Données détaillées en annexe (figure {n}).'
};

/** "29 novembre 2026" from an ISO date-time, in Paris time (the councils' legal time). */
export function formatLongDate(iso: string): string {
	return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
		new Date(iso)
	);
}

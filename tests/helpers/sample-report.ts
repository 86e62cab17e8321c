/**
 * A synthetic council report exercising every block kind, a 200-row table and hostile user text.
 * Render it to look at: `npx tsx tests/helpers/sample-report.ts /tmp/sample.pdf`
 * then `pdftoppm -r 60 -png /tmp/sample.pdf /tmp/sample`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChartConfiguration } from 'chart.js';
import { buildSpendBars } from '../../src/lib/charts/spend-bars';
import { formatCount, formatEuros, formatEurosRounded, formatPercent } from '../../src/lib/domain/money';
import { renderReportPdf } from '../../src/lib/server/reports/render-pdf';
import type { ReportData } from '../../src/lib/server/reports/report-types';

export const HOSTILE_TEXT = '<script>alert(1)</script> ) ( \\ %PDF €';

export const SAMPLE_KEY_FIGURES = [
	{
		label: 'Dépense logicielle annuelle',
		value: formatEurosRounded(18_432_000),
		sentence: 'Licences et abonnements payés en 2025, toutes taxes comprises.'
	},
	{
		label: 'Économies possibles sur 5 ans',
		value: formatEurosRounded(41_290_000),
		sentence: 'Si les trois premiers produits sont remplacés par des équivalents libres.'
	},
	{
		label: 'Part des éditeurs hors UE',
		value: formatPercent(0.78),
		sentence: 'Part de la dépense versée à des éditeurs établis hors de l’Union européenne.'
	},
	{
		label: 'Licences inutilisées',
		value: formatCount(1204),
		sentence: 'Sièges payés sans connexion depuis 90 jours ou plus.'
	}
];

const vendors = [
	{ label: 'Microsoft', cents: 9_800_000, share: 0.532 },
	{ label: 'Adobe', cents: 3_100_000, share: 0.168 },
	{ label: 'Zoom', cents: 2_200_000, share: 0.119 },
	{ label: 'Oracle', cents: 1_700_000, share: 0.092 },
	{ label: HOSTILE_TEXT, cents: 1_632_000, share: 0.089 }
];

const spend = buildSpendBars(vendors, {
	title: 'Dépense par éditeur',
	labelHeader: 'Éditeur',
	amountHeader: 'Montant TTC',
	shareHeader: 'Part',
	summaryTemplate: '{title} : {count} éditeurs ; le premier, {label}, représente {amount} ({share}).',
	emptySummaryTemplate: '{title} : aucune donnée.'
});

const years = ['2026', '2027', '2028', '2029', '2030'];
const migrationConfig: ChartConfiguration = {
	type: 'line',
	data: {
		labels: years,
		datasets: [
			{
				label: 'Sans migration',
				data: [184_320, 190_850, 197_600, 204_500, 211_700],
				borderColor: '#0072B2'
			},
			{ label: 'Avec migration', data: [205_000, 120_400, 98_300, 96_100, 95_800], borderColor: '#D55E00' }
		]
	},
	options: { locale: 'fr-FR', plugins: { legend: { position: 'bottom' } } }
};

const sovereigntyConfig: ChartConfiguration = {
	type: 'doughnut',
	data: {
		labels: ['Union européenne', 'États-Unis', 'Autres'],
		datasets: [{ data: [22, 71, 7], backgroundColor: ['#009E73', '#0072B2', '#E69F00'] }]
	},
	options: { plugins: { legend: { position: 'right' } } }
};

function buildInventoryRows(count: number): string[][] {
	const products = ['Microsoft 365 E3', 'Adobe Acrobat Pro', 'Zoom Pro', 'Oracle Database SE', 'AutoCAD LT'];
	return Array.from({ length: count }, (_, i) => [
		`Ligne ${i + 1} — ${products[i % products.length]}`,
		i % 7 === 0 ? 'Direction générale des services, pôle ressources' : 'Services techniques',
		formatCount(10 + ((i * 37) % 400)),
		formatEuros(12_345 * ((i % 50) + 1))
	]);
}

/** Builds the sample; `inventoryRows` sets the size of the long table (200 by default). */
export function buildSampleReport(inventoryRows = 200): ReportData {
	return {
		meta: {
			title: 'Dépenses logicielles et souveraineté numérique',
			shortTitle: 'Rapport au conseil municipal',
			subtitle: 'Rapport au conseil municipal',
			organisation: 'Mairie de Saint-Martin-des-Champs & environs',
			periodLabel: 'exercice 2025',
			generatedAt: '2026-11-29T10:00:00.000Z',
			authorRole: 'Direction des finances',
			keywords: ['logiciels', 'logiciel libre', 'souveraineté'],
			lang: 'fr'
		},
		sections: [
			{
				id: 'synthese',
				title: 'Synthèse',
				blocks: [
					{
						kind: 'paragraph',
						text: `La commune a consacré ${formatEuros(18_432_000)} à ses logiciels en 2025. Ce rapport présente la répartition de cette dépense, les économies possibles et l’exposition de la commune aux éditeurs hors de l’Union européenne.`
					},
					{ kind: 'keyFigures', figures: SAMPLE_KEY_FIGURES },
					{
						kind: 'callout',
						tone: 'warning',
						text: 'Trois contrats arrivent à échéance avant le 31 mars : une décision du conseil est nécessaire avant le 15 février.'
					}
				]
			},
			{
				id: 'editeurs',
				title: 'Dépenses par éditeur',
				blocks: [
					{
						kind: 'paragraph',
						text: 'Cinq éditeurs concentrent l’essentiel de la dépense. Produit importé : ' + HOSTILE_TEXT
					},
					{
						kind: 'chart',
						title: 'Dépense par éditeur',
						config: spend.config,
						summary: spend.summary,
						table: spend.table
					},
					{
						kind: 'table',
						caption: 'Dépense par éditeur et part du total',
						columns: [
							{ label: 'Éditeur', align: 'left' },
							{ label: 'Montant TTC', align: 'right' },
							{ label: 'Part', align: 'right' }
						],
						rows: vendors.map((v) => [v.label, formatEuros(v.cents), formatPercent(v.share, 1)]),
						note: 'Source : mandats de paiement 2025, comptes 6156 et 2051.'
					}
				]
			},
			{
				id: 'migration',
				title: 'Scénario de migration vers le logiciel libre',
				blocks: [
					{
						kind: 'paragraph',
						text: 'Le scénario remplace la suite bureautique, la visioconférence et le lecteur PDF par des équivalents libres, avec un accompagnement des agents la première année.'
					},
					{
						kind: 'chart',
						title: 'Coût total projeté, avec et sans migration',
						config: migrationConfig,
						summary:
							'Après un surcoût la première année (formation, double fonctionnement), la migration coûte moins cher dès 2027 et fait économiser environ 100 000 € par an ensuite.',
						table: {
							caption: 'Coût total projeté par année',
							columns: ['Année', 'Sans migration', 'Avec migration'],
							rows: years.map((year, i) => [
								year,
								formatEurosRounded([184_320, 190_850, 197_600, 204_500, 211_700][i] * 100),
								formatEurosRounded([205_000, 120_400, 98_300, 96_100, 95_800][i] * 100)
							])
						}
					},
					{
						kind: 'bulletList',
						items: [
							'Formation de 320 agents sur six mois.',
							'Double fonctionnement de douze mois pour la messagerie.',
							'Support professionnel sous contrat avec un prestataire français.'
						]
					}
				]
			},
			{
				id: 'inventaire',
				title: 'Inventaire détaillé des licences',
				blocks: [
					{
						kind: 'paragraph',
						text: 'Chaque ligne correspond à un contrat ou à un lot de licences importé.'
					},
					{
						kind: 'table',
						caption: 'Inventaire des licences',
						columns: [
							{ label: 'Produit', align: 'left' },
							{ label: 'Service', align: 'left' },
							{ label: 'Sièges', align: 'right' },
							{ label: 'Coût annuel TTC', align: 'right' }
						],
						rows: buildInventoryRows(inventoryRows)
					}
				]
			},
			{
				id: 'souverainete',
				title: 'Souveraineté numérique',
				blocks: [
					{
						kind: 'chart',
						title: 'Dépense selon le pays de l’éditeur',
						config: sovereigntyConfig,
						summary:
							'71\u00a0% de la dépense va à des éditeurs établis aux États-Unis, 22\u00a0% à des éditeurs de l’Union européenne.',
						table: {
							caption: 'Dépense selon le pays de l’éditeur',
							columns: ['Zone', 'Part'],
							rows: [
								['Union européenne', '22\u00a0%'],
								['États-Unis', '71\u00a0%'],
								['Autres', '7\u00a0%']
							]
						}
					},
					{
						kind: 'definitionList',
						items: [
							{
								term: 'Réversibilité',
								definition: 'Capacité à quitter un éditeur en récupérant ses données dans un format ouvert.'
							},
							{
								term: 'Extraterritorialité',
								definition:
									'Soumission des données hébergées à une loi étrangère (par exemple le CLOUD Act américain).'
							}
						]
					},
					{
						kind: 'callout',
						tone: 'info',
						text: 'Les indicateurs ne portent que sur les produits dont le pays de l’éditeur est connu (92\u00a0% de la dépense).'
					}
				]
			}
		]
	};
}

/** Renders the sample to `path` and returns the PDF bytes. */
export async function renderSampleReport(path: string, inventoryRows = 200): Promise<Buffer> {
	const pdf = await renderReportPdf(buildSampleReport(inventoryRows));
	writeFileSync(path, pdf);
	return pdf;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const path = process.argv[2] ?? '/tmp/sample.pdf';
	const started = performance.now();
	const pdf = await renderSampleReport(path);
	console.log(`${path} : ${pdf.length} octets en ${Math.round(performance.now() - started)} ms`);
}

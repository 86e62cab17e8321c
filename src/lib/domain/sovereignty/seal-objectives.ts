/**
 * The eight objectives of the EU Cloud Sovereignty Framework (European Commission, DG DIGIT, v1.2.1,
 * October 2025; see docs/domain-reference.md §1.2) and how Cap Libre answers them per product.
 *
 * The framework scores each objective as the mean of its questions, each answered 0–4. Cap Libre cannot ask
 * the framework's questions: it answers a few proxy questions from the inventory attributes, listed below,
 * each scored 0–4. An objective with no derivable proxy (SOV-8, most of SOV-7) stays null.
 */
import { isNonEuJurisdiction } from '../product';
import { hasSeveralProviders } from './classify';
import type { ResolvableAttribute } from './seal-resolve';
import type { SovereigntyAttributes } from './types';

export const SOV_OBJECTIVE_IDS = [
	'SOV-1',
	'SOV-2',
	'SOV-3',
	'SOV-4',
	'SOV-5',
	'SOV-6',
	'SOV-7',
	'SOV-8'
] as const;
export type SovObjectiveId = (typeof SOV_OBJECTIVE_IDS)[number];

export interface SovObjective {
	id: SovObjectiveId;
	name: string;
	/** Framework weight in the global score (fractions summing to 1). */
	weight: number;
	/** French description of the proxy questions Cap Libre answers. */
	proxy: string;
	reads: readonly ResolvableAttribute[];
	/** Mean of the proxy answers on a 0–4 scale; null when the objective cannot be derived. */
	score: (product: SovereigntyAttributes) => number | null;
}

const isEu = (p: SovereigntyAttributes): boolean => isNonEuJurisdiction(p.vendorCountry) === false;
const isOpen = (p: SovereigntyAttributes): boolean => p.licenceModel === 'open-source';
const mean = (answers: number[]): number => answers.reduce((s, a) => s + a, 0) / answers.length;
const yesNo = (answer: boolean | null): number => (answer ? 4 : 0);

/**
 * Legal exposure of the data, 0–4: on premises or SecNumCloud 4; EU cloud run by an EU provider 4;
 * EU cloud run by a non-EU provider 1 (the framework's SEAL-1 example: a US provider in an Irish datacentre);
 * non-EU cloud 1 with an EU provider, 0 with a non-EU one.
 */
export function scoreLegalExposure(p: SovereigntyAttributes): number {
	if (p.hosting === 'on-premises' || p.hosting === 'secnumcloud') return 4;
	if (p.hosting === 'eu-cloud') return isEu(p) ? 4 : 1;
	return isEu(p) ? 1 : 0;
}

const KEY_SCORES = { customer: 4, 'eu-provider': 3, 'non-eu-provider': 0 } as const;
const SUPPLY_SCORES = { eu: 4, mixed: 2, 'non-eu': 0 } as const;

/** Framework weights: SOV-5 20 %; SOV-1, SOV-4, SOV-6 15 %; SOV-2, SOV-3, SOV-7 10 %; SOV-8 5 %. */
export const SOV_OBJECTIVES: readonly SovObjective[] = [
	{
		id: 'SOV-1',
		name: 'Souveraineté stratégique',
		weight: 0.15,
		proxy:
			'Fournisseur relevant de l’UE/EEE (4) ; sinon logiciel libre, qui survit à un changement de contrôle (2) ; sinon 0.',
		reads: ['vendorCountry', 'licenceModel'],
		score: (p) => (isEu(p) ? 4 : isOpen(p) ? 2 : 0)
	},
	{
		id: 'SOV-2',
		name: 'Souveraineté juridique',
		weight: 0.1,
		proxy: 'Exposition des données au droit extra-européen selon l’hébergement et le pays du fournisseur.',
		reads: ['hosting', 'vendorCountry'],
		score: scoreLegalExposure
	},
	{
		id: 'SOV-3',
		name: 'Souveraineté des données',
		weight: 0.1,
		proxy:
			'Moyenne de : données traitées dans l’UE (4/0) ; détention des clés (sur place ou client 4, prestataire UE 3, prestataire hors UE 0).',
		reads: ['hosting', 'keyCustody'],
		score: (p) =>
			mean([
				p.hosting === 'non-eu-cloud' ? 0 : 4,
				p.hosting === 'on-premises' ? 4 : p.keyCustody === null ? 0 : KEY_SCORES[p.keyCustody]
			])
	},
	{
		id: 'SOV-4',
		name: 'Souveraineté opérationnelle',
		weight: 0.15,
		proxy:
			'Moyenne de : export ouvert documenté (4/0) ; plusieurs prestataires possibles (4/0) ; accès au code source (4/0).',
		reads: ['documentedOpenExport', 'licenceModel', 'providerCount'],
		score: (p) => mean([yesNo(p.documentedOpenExport), yesNo(hasSeveralProviders(p)), yesNo(isOpen(p))])
	},
	{
		id: 'SOV-5',
		name: 'Chaîne d’approvisionnement',
		weight: 0.2,
		proxy: 'Origine de la chaîne d’approvisionnement : UE 4, mixte 2, hors UE 0.',
		reads: ['supplyChain'],
		score: (p) => (p.supplyChain === null ? 0 : SUPPLY_SCORES[p.supplyChain])
	},
	{
		id: 'SOV-6',
		name: 'Souveraineté technologique',
		weight: 0.15,
		proxy: 'Moyenne de : logiciel libre (4/0) ; formats ouverts par défaut (4/0).',
		reads: ['licenceModel', 'openFormats'],
		score: (p) => mean([yesNo(isOpen(p)), yesNo(p.openFormats)])
	},
	{
		id: 'SOV-7',
		name: 'Sécurité et conformité',
		weight: 0.1,
		proxy:
			'Seule la qualification SecNumCloud (audits indépendants ANSSI) est connue : 4 ; sinon non évaluable.',
		reads: ['hosting'],
		score: (p) => (p.hosting === 'secnumcloud' ? 4 : null)
	},
	{
		id: 'SOV-8',
		name: 'Durabilité environnementale',
		weight: 0.05,
		proxy: 'Non évaluable : l’inventaire ne contient aucune donnée énergétique ou carbone.',
		reads: [],
		score: () => null
	}
];

/** A record with one entry per objective, in SOV order, filled by `fill`. */
export function mapObjectives<T>(fill: (objective: SovObjective) => T): Record<SovObjectiveId, T> {
	const [sov1, sov2, sov3, sov4, sov5, sov6, sov7, sov8] = SOV_OBJECTIVES.map(fill);
	return {
		'SOV-1': sov1,
		'SOV-2': sov2,
		'SOV-3': sov3,
		'SOV-4': sov4,
		'SOV-5': sov5,
		'SOV-6': sov6,
		'SOV-7': sov7,
		'SOV-8': sov8
	};
}

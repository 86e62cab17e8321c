/**
 * Scenario templates: prudent, central and ambitious sets of waves and assumption ranges, each described
 * in plain French for elected officials. Where a published case anchors a value it is named in the text;
 * the rest are stated assumptions (docs/domain-reference.md marks training and day costs as not found).
 */
import { DEFAULT_DISCOUNT_RATE } from './finance';
import type { Range, Scenario, ScenarioAssumptions, ScenarioLine, TemplateId } from './types';

export interface ScenarioTemplate {
	id: TemplateId;
	label: string;
	description: string;
	horizonYears: number;
	discountRate: number;
	waves: number[];
	assumptions: ScenarioAssumptions;
}

const range = (low: number, likely: number, high: number): Range => ({ low, likely, high });

const SHARED =
	'Horizon de 5 ans, taux d’actualisation réel de 3,2 % (France Stratégie, 2021). Seuls les coûts qui diffèrent ' +
	'entre les deux options sont comptés (méthode du Conseil du Trésor du Canada). Le coût d’une journée de formation ' +
	'et celui d’une journée d’agent ne sont pas publiés : ce sont des hypothèses, à remplacer par vos chiffres.';

export const SCENARIO_TEMPLATES: Record<TemplateId, ScenarioTemplate> = {
	prudent: {
		id: 'prudent',
		label: 'Prudent',
		description:
			'Bascule lente : pilote de 5 % la première année, puis 25 %, 35 % et 35 %. Environ 30 % des postes restent sous ' +
			'logiciel propriétaire (Munich gardait 20 à 40 % de postes Windows). Coûts de migration majorés de 50 %, ' +
			'formation allongée de moitié, 6 mois de double licence, un jour de productivité perdu par agent, moitié ' +
			'seulement du renouvellement matériel évité, et des prix de licence quasi stables (+1 % par an). ' +
			SHARED,
		horizonYears: 5,
		discountRate: DEFAULT_DISCOUNT_RATE,
		waves: [0.05, 0.25, 0.35, 0.35],
		assumptions: {
			residualShare: range(0.2, 0.3, 0.4),
			priceEscalationRate: range(0, 0.01, 0.04),
			oneOffCostFactor: range(1, 1.5, 2.5),
			recurringCostFactor: range(1, 1.2, 1.8),
			trainingDaysFactor: range(1, 1.5, 2.5),
			trainingDayCostCents: range(10_000, 20_000, 30_000),
			agentDayCostCents: range(15_000, 20_000, 25_000),
			dualRunningMonths: range(3, 6, 12),
			productivityDipDaysPerAgent: range(0.5, 1, 3),
			hardwareSavingFactor: range(0.25, 0.5, 1)
		}
	},
	central: {
		id: 'central',
		label: 'Central',
		description:
			'Pilote de 10 % la première année, puis 40 % et 50 %. Environ 15 % des postes restent sous logiciel propriétaire ' +
			'(Toulouse en a gardé 10 %, le Schleswig-Holstein environ 20 %). Coûts de migration et de formation tels que ' +
			'dans le catalogue, 3 mois de double licence, une demi-journée de productivité perdue par agent, et des prix de ' +
			'licence en hausse de 3 % par an. ' +
			SHARED,
		horizonYears: 5,
		discountRate: DEFAULT_DISCOUNT_RATE,
		waves: [0.1, 0.4, 0.5],
		assumptions: {
			residualShare: range(0.1, 0.15, 0.3),
			priceEscalationRate: range(0, 0.03, 0.06),
			oneOffCostFactor: range(0.8, 1, 2),
			recurringCostFactor: range(0.8, 1, 1.5),
			trainingDaysFactor: range(0.5, 1, 2),
			trainingDayCostCents: range(0, 15_000, 30_000),
			agentDayCostCents: range(15_000, 20_000, 25_000),
			dualRunningMonths: range(0, 3, 12),
			productivityDipDaysPerAgent: range(0, 0.5, 3),
			hardwareSavingFactor: range(0.5, 1, 1.2)
		}
	},
	ambitious: {
		id: 'ambitious',
		label: 'Ambitieux',
		description:
			'Pilote de 20 % la première année, tout le reste la deuxième (Toulouse a migré en un an et demi). Environ 10 % ' +
			'des postes restent sous logiciel propriétaire. Coûts de migration et de support réduits de 20 % par la ' +
			'mutualisation, formation plus courte, un mois de double licence, pas de perte de productivité (étude ' +
			'FLOSSImpact de la Commission européenne, 2006), et des prix de licence en hausse de 5 % par an. ' +
			SHARED,
		horizonYears: 5,
		discountRate: DEFAULT_DISCOUNT_RATE,
		waves: [0.2, 0.8],
		assumptions: {
			residualShare: range(0.05, 0.1, 0.2),
			priceEscalationRate: range(0.02, 0.05, 0.08),
			oneOffCostFactor: range(0.6, 0.8, 1.2),
			recurringCostFactor: range(0.6, 0.8, 1.2),
			trainingDaysFactor: range(0.5, 0.75, 1),
			trainingDayCostCents: range(0, 10_000, 20_000),
			agentDayCostCents: range(15_000, 20_000, 25_000),
			dualRunningMonths: range(0, 1, 3),
			productivityDipDaysPerAgent: range(0, 0, 1),
			hardwareSavingFactor: range(0.8, 1, 1.2)
		}
	}
};

/** A complete scenario from a template and product lines (deep-copied, so the template stays untouched). */
export function createScenarioFromTemplate(
	templateId: TemplateId,
	lines: ScenarioLine[],
	options: { name?: string; agentCount?: number | null } = {}
): Scenario {
	const template = SCENARIO_TEMPLATES[templateId];
	return {
		schemaVersion: 1,
		name: options.name ?? `Scénario ${template.label.toLowerCase()}`,
		template: templateId,
		horizonYears: template.horizonYears,
		discountRate: template.discountRate,
		waves: [...template.waves],
		agentCount: options.agentCount ?? null,
		assumptions: structuredClone(template.assumptions),
		lines: structuredClone(lines)
	};
}

/**
 * What `cap-libre simulate` prints: a French table for people, or one JSON object (integer cents, ratios
 * in [0, 1]) for scripts and tests. Both carry the same figures.
 */
import { formatEuros, formatPercent } from '../../domain/money';
import { formatRate, formatWaves } from '../../scenarios/display';
import type { SimulationResult } from '../services/scenario-simulation';

type Simulation = Extract<SimulationResult, { ok: true }>;
export interface OrganisationRef {
	id: number;
	slug: string;
	name: string;
}

/** The JSON of `--json` (documented in docs/scenario-file.md). */
export function toSimulationJson(result: Simulation, organisation: OrganisationRef | null) {
	const { scenario, figures } = result;
	const { projection, monteCarlo } = figures;
	return {
		name: scenario.name,
		template: scenario.template,
		horizonYears: scenario.horizonYears,
		discountRate: scenario.discountRate,
		waves: scenario.waves,
		organisation,
		filled: result.filled,
		years: projection.years.map((year) => ({
			year: year.year,
			baselineCents: year.baselineCents,
			scenarioCents: year.scenarioCents,
			savingsCents: year.savingsCents,
			cumulativeSavingsCents: year.cumulativeSavingsCents,
			discountedSavingsCents: year.discountedSavingsCents,
			migratedSeats: year.migratedSeats,
			scenarioCosts: year.scenarioCosts
		})),
		lines: projection.lines,
		baselineCents: projection.baselineCents,
		scenarioCents: projection.scenarioCents,
		cumulativeSavingsCents: projection.cumulativeSavingsCents,
		npvCents: projection.npvCents,
		paybackYear: projection.paybackYear,
		agentCount: projection.agentCount,
		savingsPerAgentCents: projection.savingsPerAgentCents,
		monteCarlo,
		band: figures.band,
		tornado: figures.tornado
	};
}

const column = (text: string, width: number) => text.padStart(width);

/** The table and key figures in French, one line per year. */
export function formatSimulation(result: Simulation, organisation: OrganisationRef | null): string {
	const { scenario, figures } = result;
	const { projection: p, monteCarlo: mc } = figures;
	const out: string[] = [];
	out.push(`Scénario : ${scenario.name}`);
	out.push(
		organisation
			? `Données : collectivité « ${organisation.name} » (n° ${organisation.id})` +
					(result.filled.length > 0
						? ` — complété : ${result.filled.join(' ; ')}`
						: ' — fichier complet, rien à compléter')
			: 'Données : le fichier seul (aucune collectivité dans la base)'
	);
	out.push(
		`Horizon ${scenario.horizonYears} an(s), actualisation ${formatRate(scenario.discountRate)}, ` +
			`vagues ${formatWaves(scenario.waves)}, ${scenario.lines.length} logiciel(s)`
	);
	out.push('');
	const widths = [6, 18, 18, 18, 18, 18];
	const header = ['Année', 'Sans changement', 'Avec le scénario', 'Économie', 'Cumul', 'Actualisée'];
	out.push(header.map((text, i) => column(text, widths[i])).join(' '));
	for (const year of p.years) {
		const cells = [
			String(year.year),
			formatEuros(year.baselineCents),
			formatEuros(year.scenarioCents),
			formatEuros(year.savingsCents),
			formatEuros(year.cumulativeSavingsCents),
			formatEuros(year.discountedSavingsCents)
		];
		out.push(cells.map((text, i) => column(text, widths[i])).join(' '));
	}
	out.push('');
	out.push(`Valeur actuelle nette (${formatRate(scenario.discountRate)}) : ${formatEuros(p.npvCents)}`);
	out.push(`Économies cumulées : ${formatEuros(p.cumulativeSavingsCents)}`);
	out.push(
		`Retour sur investissement : ${p.paybackYear === null ? 'pas dans l’horizon' : `année ${p.paybackYear}`}`
	);
	out.push(
		`Économie par agent : ${p.savingsPerAgentCents === null ? '—' : formatEuros(p.savingsPerAgentCents)} (${p.agentCount} agents)`
	);
	out.push(`Monte Carlo : ${mc.draws} tirages, graine ${mc.seed}`);
	const percentiles = (label: string, q: typeof mc.npv) =>
		`  ${label.padEnd(20)} P10 ${formatEuros(q.p10)}   P50 ${formatEuros(q.p50)}   P90 ${formatEuros(q.p90)}`;
	out.push(percentiles('Économies cumulées', mc.cumulativeSavings));
	out.push(percentiles('VAN', mc.npv));
	out.push(`  Probabilité d’économiser : ${formatPercent(mc.probabilityOfSaving, 1)}`);
	return out.join('\n') + '\n';
}

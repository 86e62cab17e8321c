/**
 * Where the data live: shares of seats on premises, in a French/EU cloud, in a SecNumCloud-qualified cloud
 * and in a non-EU cloud. The four shares are a breakdown: over the same known seats, they add up to 1.
 */
import { formatPercent } from '../money';
import { HOSTING_KINDS, type HostingKind } from '../product';
import { buildShareIndicator } from './aggregate';
import type { Indicator, IndicatorDefinition, Inventory } from './types';

const HOSTING_WORDING: Record<HostingKind, { name: string; where: string }> = {
	'on-premises': { name: 'Données sur place', where: 'sur place (serveurs de la collectivité)' },
	'eu-cloud': { name: 'Données en cloud français/UE', where: 'dans un cloud français ou européen' },
	secnumcloud: { name: 'Données en cloud SecNumCloud', where: 'dans un cloud qualifié SecNumCloud (ANSSI)' },
	'non-eu-cloud': { name: 'Données en cloud hors UE', where: 'dans un cloud hors Union européenne' }
};

/** The definition of the hosting-share indicator for one hosting kind (id `hosting-<kind>-share`). */
export function getHostingDefinition(kind: HostingKind): IndicatorDefinition {
	const wording = HOSTING_WORDING[kind];
	return {
		id: `hosting-${kind}-share`,
		name: wording.name,
		definition: `Part des postes dont les données sont hébergées ${wording.where}, parmi les postes dont l’hébergement est connu.`,
		formula: `postes hébergés ${wording.where} ÷ postes dont l’hébergement est connu`,
		inputs: ['hébergement des données (sur place, cloud UE, SecNumCloud, cloud hors UE)', 'nombre de postes'],
		unit: 'ratio',
		coverageBasis: 'seats'
	};
}

/** Share of seats whose data are hosted as `kind`: Σ seats(hosting = kind) / Σ seats(hosting known). */
export function computeHostingShare(inventory: Inventory, kind: HostingKind): Indicator {
	return buildShareIndicator(
		getHostingDefinition(kind),
		inventory,
		(line) => (line.product.hosting === null ? null : line.product.hosting === kind),
		(share) =>
			`${formatPercent(share)} des postes ont leurs données hébergées ${HOSTING_WORDING[kind].where}`,
		'l’hébergement des données'
	);
}

/** The data-location breakdown, one indicator per hosting kind, in HOSTING_KINDS order. */
export function computeHostingBreakdown(inventory: Inventory): Indicator[] {
	return HOSTING_KINDS.map((kind) => computeHostingShare(inventory, kind));
}

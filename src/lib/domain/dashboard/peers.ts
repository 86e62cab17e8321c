/**
 * Comparison with the other organisations of the same instance, anonymised: only the median and the
 * quartiles of the peers are given, never a peer's own value, and nothing at all with fewer than 5 peers
 * (below that, a quartile is close to one commune's figure). Pure.
 */
import { computeSpendYears, type YearModelSpendRow } from './key-figures';
export const MIN_PEERS = 5;

export type PeerComparison =
	| { available: false; peers: number }
	| {
			available: true;
			peers: number;
			/** Nearest-rank quartiles of the peers' values (the organisation itself excluded). */
			p25: number;
			median: number;
			p75: number;
			own: number | null;
			/** Where the organisation stands: below the first quartile, between the quartiles, or above the third. */
			position: 'below' | 'within' | 'above' | null;
	  };

/** Nearest-rank percentile (p in [0, 1]) of sorted values: the value at rank ⌈p × n⌉. */
export function computeNearestRank(sorted: readonly number[], p: number): number {
	const rank = Math.max(1, Math.ceil(p * sorted.length));
	return sorted[rank - 1];
}

/**
 * Peer quartiles and the organisation's position. Peers with no value (no data for the figure) are not
 * counted; with fewer than `minPeers` valued peers the comparison is withheld.
 */
export function computePeerComparison(
	own: number | null,
	peerValues: readonly (number | null)[],
	minPeers = MIN_PEERS
): PeerComparison {
	const values = peerValues
		.filter((v): v is number => v !== null && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (values.length < Math.max(MIN_PEERS, minPeers)) return { available: false, peers: values.length };
	const p25 = computeNearestRank(values, 0.25);
	const median = computeNearestRank(values, 0.5);
	const p75 = computeNearestRank(values, 0.75);
	const position = own === null ? null : own < p25 ? 'below' : own > p75 ? 'above' : 'within';
	return { available: true, peers: values.length, p25, median, p75, own, position };
}

export interface OrgSpendInput extends YearModelSpendRow {
	orgId: number;
	agentCount: number | null;
}

export interface OrgFigures {
	/** Spend of the organisation's latest year ÷ its agents, in cents; null without an agent count. */
	spendPerAgentCents: number | null;
	/** Proprietary spend ÷ spend whose licence model is known, latest year; null when none is known. */
	proprietaryShare: number | null;
}

/**
 * The figures compared between organisations, each from its own latest year of spend (invoices, else
 * mandats: computeSpendYears).
 */
export function computeOrgFigures(rows: readonly OrgSpendInput[]): Map<number, OrgFigures> {
	const byOrg = new Map<number, OrgSpendInput[]>();
	for (const row of rows) byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row]);
	const figures = new Map<number, OrgFigures>();
	for (const [orgId, orgRows] of byOrg) {
		const latest = computeSpendYears(orgRows)[0];
		const agents = orgRows[0].agentCount;
		const known = latest ? latest.proprietaryCents + latest.openSourceCents : 0;
		figures.set(orgId, {
			spendPerAgentCents: latest && agents ? Math.round(latest.totalCents / agents) : null,
			proprietaryShare: known > 0 ? latest.proprietaryCents / known : null
		});
	}
	return figures;
}

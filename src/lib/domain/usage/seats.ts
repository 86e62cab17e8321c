/**
 * Seats paid vs seats used for one product, from whatever the imported files say. Pure.
 *
 * - seats paid: the invoiced quantity of the year when invoices give one, else the subscription's prepaid
 *   units, else the number of agents holding a licence in the latest users export;
 * - seats used: the licence holders active in the vendor's latest usage report when holders are known per agent,
 *   else the active agents of the product's own usage report;
 * - unused = max(0, paid − used); null when either side is unknown.
 */
export interface SeatEvidence {
	invoicedSeats: number | null;
	subscribedSeats: number | null;
	licensedAgents: number | null;
	/** Licence holders active in the vendor's latest report (seat_usage). */
	activeHolders: number | null;
	/** Active agents of the product's own latest usage report (usage_aggregates). */
	activeAgents: number | null;
}

export interface SeatFigures {
	paid: number | null;
	paidSource: 'invoice' | 'subscription' | 'licence-list' | null;
	used: number | null;
	usedSource: 'holders' | 'usage-report' | null;
	unused: number | null;
}

export function computeSeats(e: SeatEvidence): SeatFigures {
	const [paid, paidSource] =
		e.invoicedSeats != null && e.invoicedSeats > 0
			? [e.invoicedSeats, 'invoice' as const]
			: e.subscribedSeats != null && e.subscribedSeats > 0
				? [e.subscribedSeats, 'subscription' as const]
				: e.licensedAgents != null && e.licensedAgents > 0
					? [e.licensedAgents, 'licence-list' as const]
					: [null, null];
	const [used, usedSource] =
		e.activeHolders != null
			? [e.activeHolders, 'holders' as const]
			: e.activeAgents != null
				? [e.activeAgents, 'usage-report' as const]
				: [null, null];
	return {
		paid,
		paidSource,
		used,
		usedSource,
		unused: paid != null && used != null ? Math.max(0, paid - used) : null
	};
}

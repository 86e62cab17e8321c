/**
 * What the dated usage reports show of a migration, per product family and per service: active users of the
 * proprietary products falling, active users of the open-source alternatives rising. Reads pre-computed
 * aggregates (active agents per product, service and report date), never per-agent rows. Pure.
 *
 * Realised migrated seats of a family at date d:
 *   decline(d) = Σ over proprietary products p of (active_p(first report) − active_p(latest report ≤ d))
 *   rise(d)    = Σ over open-source products a of (active_a(latest report ≤ d) − active_a(first report))
 *   realised(d) = max(decline(d), rise(d)), over the sides that have a report at d
 * Both sides measure the same agents switching, so they are not added; each product is compared with its
 * own first report, so a product whose first report comes later never reads as a migration. Negative when
 * usage grew.
 */

export interface UsagePoint {
	productId: number;
	service: string;
	reportDate: string;
	agents: number;
	activeAgents: number;
}

export interface ProductSide {
	productId: number;
	family: string;
	licenceModel: 'open-source' | 'proprietary' | null;
}

export interface AdoptionPoint {
	date: string;
	/** Active agents of the family's proprietary products (latest report of each at that date). */
	proprietaryActive: number;
	openSourceActive: number;
	realisedSeats: number;
}

export interface FamilyAdoption {
	family: string;
	points: AdoptionPoint[];
	/** True when some product of the family has two reports or more: a change can be measured. */
	measurable: boolean;
}

type Series = Map<string, number>;

function seriesByProduct(points: readonly UsagePoint[]): Map<number, Series> {
	const products = new Map<number, Series>();
	for (const p of points) {
		if (!p.reportDate) continue;
		const series = products.get(p.productId) ?? new Map<string, number>();
		series.set(p.reportDate, (series.get(p.reportDate) ?? 0) + p.activeAgents);
		products.set(p.productId, series);
	}
	return products;
}

/** First and latest-at-`date` values of a dated series, or null when it starts after `date`. */
function readAt(series: Series, date: string): { first: number; current: number } | null {
	const dates = [...series.keys()].sort();
	if (dates[0] > date) return null;
	const latest = dates.filter((d) => d <= date).pop() ?? dates[0];
	return { first: series.get(dates[0]) ?? 0, current: series.get(latest) ?? 0 };
}

/** Family-level adoption at each report date of the family's products (formulas in the module header). */
export function computeFamilyAdoption(
	points: readonly UsagePoint[],
	products: readonly ProductSide[]
): FamilyAdoption[] {
	const byProduct = seriesByProduct(points);
	const families = new Map<string, ProductSide[]>();
	for (const product of products) {
		if (!byProduct.has(product.productId) || product.licenceModel === null) continue;
		families.set(product.family, [...(families.get(product.family) ?? []), product]);
	}
	const result: FamilyAdoption[] = [];
	for (const [family, members] of families) {
		const dates = [
			...new Set(members.flatMap((m) => [...(byProduct.get(m.productId)?.keys() ?? [])]))
		].sort();
		const adoption: AdoptionPoint[] = dates.map((date) => {
			let proprietaryActive = 0;
			let openSourceActive = 0;
			let decline: number | null = null;
			let rise: number | null = null;
			for (const member of members) {
				const read = readAt(byProduct.get(member.productId) ?? new Map(), date);
				if (!read) continue;
				if (member.licenceModel === 'proprietary') {
					proprietaryActive += read.current;
					decline = (decline ?? 0) + read.first - read.current;
				} else {
					openSourceActive += read.current;
					rise = (rise ?? 0) + read.current - read.first;
				}
			}
			// A side with no report at that date says nothing: it must not mask the other side's figure.
			const realisedSeats = Math.max(decline ?? rise ?? 0, rise ?? decline ?? 0);
			return { date, proprietaryActive, openSourceActive, realisedSeats };
		});
		const measurable = members.some((m) => (byProduct.get(m.productId)?.size ?? 0) >= 2);
		result.push({ family, points: adoption, measurable });
	}
	return result.sort((a, b) => a.family.localeCompare(b.family));
}

export interface ServiceAdoption {
	service: string;
	/** Largest number of agents the service had in the family's reports: the group size for suppression. */
	agents: number;
	firstActive: number;
	latestActive: number;
	/** Same rule as the family: max(proprietary decline, open-source rise). */
	realisedSeats: number;
	/** realised ÷ active agents of the first report; null when there were none. */
	realisedShare: number | null;
}

/**
 * Per service, the change between each product's first and latest report, for one family's products that
 * have at least two reports (a single report shows no change). Services sorted by name (French order).
 */
export function computeServiceAdoption(
	points: readonly UsagePoint[],
	products: readonly ProductSide[],
	family: string
): ServiceAdoption[] {
	const members = new Map(products.filter((p) => p.family === family).map((p) => [p.productId, p]));
	const reportDates = new Map<number, string[]>();
	for (const p of points) {
		if (!members.has(p.productId) || !p.reportDate) continue;
		const dates = reportDates.get(p.productId) ?? [];
		if (!dates.includes(p.reportDate)) dates.push(p.reportDate);
		reportDates.set(p.productId, dates);
	}
	const services = new Map<
		string,
		{ agents: number; first: number; latest: number; decline: number | null; rise: number | null }
	>();
	for (const p of points) {
		const dates = reportDates.get(p.productId);
		const member = members.get(p.productId);
		if (!dates || dates.length < 2 || !member) continue;
		const first = [...dates].sort()[0];
		const latest = [...dates].sort().pop();
		if (p.reportDate !== first && p.reportDate !== latest) continue;
		const s = services.get(p.service) ?? { agents: 0, first: 0, latest: 0, decline: null, rise: null };
		s.agents = Math.max(s.agents, p.agents);
		const sign = p.reportDate === first ? 1 : -1;
		if (member.licenceModel === 'proprietary') {
			if (sign > 0) s.first += p.activeAgents;
			else s.latest += p.activeAgents;
			s.decline = (s.decline ?? 0) + sign * p.activeAgents;
		} else if (member.licenceModel === 'open-source') s.rise = (s.rise ?? 0) - sign * p.activeAgents;
		services.set(p.service, s);
	}
	return [...services]
		.map(([service, s]) => {
			const realisedSeats = Math.max(s.decline ?? s.rise ?? 0, s.rise ?? s.decline ?? 0);
			return {
				service,
				agents: s.agents,
				firstActive: s.first,
				latestActive: s.latest,
				realisedSeats,
				realisedShare: s.first > 0 ? realisedSeats / s.first : null
			};
		})
		.sort((a, b) => a.service.localeCompare(b.service, 'fr'));
}

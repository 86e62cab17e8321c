/**
 * One-at-a-time sensitivity ("tornado" chart): which assumption moves the NPV most.
 */
import type { Cents } from '../money';
import { ASSUMPTION_LABELS, pickLikelyValues } from './assumptions';
import { computeProjection } from './model';
import { ASSUMPTION_KEYS, type AssumptionKey, type Scenario } from './types';

export interface TornadoBar {
	key: AssumptionKey;
	/** French label, for the chart. */
	label: string;
	low: number;
	high: number;
	npvAtLowCents: Cents;
	npvAtHighCents: Cents;
	/** |NPV(high) − NPV(low)|: the length of the bar. */
	swingCents: Cents;
}

export interface Tornado {
	/** NPV with every assumption at its likely value: the axis of the chart. */
	baseNpvCents: Cents;
	bars: TornadoBar[];
}

/**
 * For each assumption whose range is not a single point: NPV with that assumption at its low, then at its
 * high value, every other assumption at its likely value. Bars are sorted by swing, largest first (ties keep
 * the ASSUMPTION_KEYS order). Cost: 1 + 2k deterministic projections for k uncertain assumptions.
 */
export function computeTornado(scenario: Scenario): Tornado {
	const likely = pickLikelyValues(scenario.assumptions);
	const bars: TornadoBar[] = [];
	for (const key of ASSUMPTION_KEYS) {
		const { low, high } = scenario.assumptions[key];
		if (low === high) continue;
		const npvAtLowCents = computeProjection(scenario, { ...likely, [key]: low }).npvCents;
		const npvAtHighCents = computeProjection(scenario, { ...likely, [key]: high }).npvCents;
		bars.push({
			key,
			label: ASSUMPTION_LABELS[key].label,
			low,
			high,
			npvAtLowCents,
			npvAtHighCents,
			swingCents: Math.abs(npvAtHighCents - npvAtLowCents)
		});
	}
	bars.sort((a, b) => b.swingCents - a.swingCents);
	return { baseNpvCents: computeProjection(scenario, likely).npvCents, bars };
}

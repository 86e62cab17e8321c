/**
 * Reproduces the published Toulouse case (next.ink, 28 Jul 2014; numerama.com 30128): about 10,000 agents,
 * 90 % of desktops moved to LibreOffice, office licences of €1.8M every 3 years, a migration of about €800k,
 * "about €1M saved over the first 3 years". The published €1M is 1.8 − 0.8, which reads the €1.8M as the
 * bill avoided; if the €1.8M covered all 10,000 seats, the 10 % kept on Office lower the saving.
 * Tolerance: ±20 % of the published €1M, because the published figures are themselves rounded ("about",
 * "environ") and the split of the €1.8M between migrated and kept seats is not published.
 */
import { describe, expect, test } from 'vitest';
import { computeProjection } from './model';
import { createTestLine, createTestScenario } from './test-scenario';

const PUBLISHED_SAVING_CENTS = 100_000_000;
const TOLERANCE = 0.2;
// €800k over the ≈ 9,000 migrated seats, rounded to the cent: 8,888.89 → 8,889 cents per seat.
const ONE_OFF_PER_SEAT = Math.round(80_000_000 / 9_000);

describe('Toulouse 2012–2014, from its published inputs', () => {
	test.each([
		// €1.8M / 3 years / 10,000 seats = 6,000 cents; 9,000 seats × 6,000 × 3 − 9,000 × 8,889 = 81,999,000.
		['covers all 10,000 seats', 6_000, 81_999_000, 2],
		// €1.8M / 3 years / 9,000 migrated seats = 6,666.67 → 6,667 cents; 9,000 × 6,667 × 3 − 80,001,000 = 100,008,000.
		['is the bill of the 9,000 migrated seats', 6_667, 100_008_000, 2]
	])(
		'when the €1.8M %s, the 3-year saving is %s cents',
		(_reading, priceCentsPerYear, expectedCents, payback) => {
			const scenario = createTestScenario(
				{
					horizonYears: 3,
					discountRate: 0,
					waves: [1],
					lines: [
						createTestLine({
							seats: 10_000,
							unitPriceCentsPerYear: priceCentsPerYear,
							oneOffCentsPerSeat: ONE_OFF_PER_SEAT
						})
					]
				},
				{ residualShare: 0.1 }
			);
			const projection = computeProjection(scenario);
			expect(projection.cumulativeSavingsCents).toBe(expectedCents);
			expect(Math.abs(projection.cumulativeSavingsCents - PUBLISHED_SAVING_CENTS)).toBeLessThanOrEqual(
				PUBLISHED_SAVING_CENTS * TOLERANCE
			);
			expect(projection.paybackYear).toBe(payback);
		}
	);
});

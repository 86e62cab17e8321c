import { describe, expect, test } from 'vitest';
import { computeTornado } from '../domain/savings';
import { createTestLine, createTestScenario } from '../domain/savings/test-scenario';
import { buildTornadoChart } from './savings-tornado';

// 10 seats at 100 € a year, switched in year 1 for 300 € each, over 3 years, no discounting:
// baseline 1,000 € a year; scenario 3,000 € in year 1 then 0 €; savings −2,000, +1,000, +1,000 €.
const scenario = createTestScenario({
	horizonYears: 3,
	waves: [1],
	lines: [createTestLine({ seats: 10, unitPriceCentsPerYear: 10_000, oneOffCentsPerSeat: 30_000 })]
});
const units = { months: '{n} mois', days: '{n} j' };

const tornadoText = {
	title: 'Sensibilité',
	assumptionHeader: 'Hypothèse',
	rangeHeader: 'Fourchette',
	lowLabel: 'Au bas',
	highLabel: 'Au haut',
	swingHeader: 'Écart',
	units,
	summaryTemplate: '« {label} » : {low} à {high} (écart {swing}, base {base}).',
	emptySummaryTemplate: '{title} : aucune fourchette.',
	labelOf: (key: string) => `[${key}]`
};

describe('buildTornadoChart', () => {
	const uncertain = structuredClone(scenario);
	// One-off factor 0.5–2: NPV = 3,000 € − 3,000 € × f, so 1,500 € at 0.5 and −3,000 € at 2.
	uncertain.assumptions.oneOffCostFactor = { low: 0.5, likely: 1, high: 2 };
	// Dual running 0–6 months in year 1: NPV falls by 1,000 € × m / 12, to −500 € at 6 months.
	uncertain.assumptions.dualRunningMonths = { low: 0, likely: 0, high: 6 };
	const tornado = computeTornado(uncertain);

	test('draws floating bars from the base NPV, largest swing first', () => {
		const { config } = buildTornadoChart(tornado, tornadoText);
		expect(config.data.labels).toEqual(['[oneOffCostFactor]', '[dualRunningMonths]']);
		expect(config.data.datasets[0].data).toEqual([
			[0, 1_500],
			[0, 0]
		]);
		expect(config.data.datasets[1].data).toEqual([
			[0, -3_000],
			[0, -500]
		]);
		expect(config.options?.indexAxis).toBe('y');
	});

	test('the table states each range in its unit and the NPV at both ends', () => {
		const { table } = buildTornadoChart(tornado, tornadoText);
		expect(table.rows).toEqual([
			[
				'[oneOffCostFactor]',
				'× 0,5 – × 2',
				'1\u202f500,00\u00a0€',
				'-3\u202f000,00\u00a0€',
				'4\u202f500,00\u00a0€'
			],
			['[dualRunningMonths]', '0 mois – 6 mois', '0,00\u00a0€', '-500,00\u00a0€', '500,00\u00a0€']
		]);
	});

	test('the summary names the assumption that weighs most', () => {
		expect(buildTornadoChart(tornado, tornadoText).summary).toBe(
			'« [oneOffCostFactor] » : -3\u202f000\u00a0€ à 1\u202f500\u00a0€ (écart 4\u202f500\u00a0€, base 0\u00a0€).'
		);
		expect(buildTornadoChart({ baseNpvCents: 0, bars: [] }, tornadoText).summary).toBe(
			'Sensibilité : aucune fourchette.'
		);
	});
});

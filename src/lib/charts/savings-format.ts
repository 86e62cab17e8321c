/**
 * French display of the savings model's values: each assumption in its own unit (a share as a percentage,
 * a cost in euros, a factor as "× 1,5"), and the labels of the horizon's years.
 */
import { formatEurosRounded } from '../domain/money';
import type { AssumptionKey } from '../domain/savings';
import { format } from '../i18n/format';

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** Unit words, from the message catalogue. */
export interface UnitWords {
	/** e.g. '{n} mois' */
	months: string;
	/** e.g. '{n} j' */
	days: string;
}

const SHARE_KEYS = new Set<AssumptionKey>(['residualShare', 'priceEscalationRate']);
const CENTS_KEYS = new Set<AssumptionKey>(['trainingDayCostCents', 'agentDayCostCents']);

/** "15 %", "+3 %"… a ratio in fr-FR with at most one decimal. */
export function formatRatio(ratio: number): string {
	return percent.format(ratio);
}

/** "1,5": a plain number in fr-FR with at most two decimals. */
export function formatDecimal(value: number): string {
	return decimal.format(value);
}

/** One assumption value in its unit: shares and rates as percentages, cents as euros, factors as "× n". */
export function formatAssumptionValue(key: AssumptionKey, value: number, units: UnitWords): string {
	if (SHARE_KEYS.has(key)) return formatRatio(value);
	if (CENTS_KEYS.has(key)) return formatEurosRounded(value);
	if (key === 'dualRunningMonths') return format(units.months, { n: formatDecimal(value) });
	if (key === 'productivityDipDaysPerAgent') return format(units.days, { n: formatDecimal(value) });
	return `× ${formatDecimal(value)}`;
}

/** "Année 1" or, when the calendar year of year 1 is known, "Année 1 (2026)". */
export function formatYearLabel(year: number, firstCalendarYear: number | null, template: string): string {
	const label = format(template, { year });
	return firstCalendarYear === null ? label : `${label} (${firstCalendarYear + year - 1})`;
}

/**
 * The dashboard's six key figures in plain words: value, trend, one-sentence explanation and the page
 * that details it. Pure: the numbers come from the dashboard service, the words from the message catalogue.
 */
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { formatCount, formatEurosRounded, formatPercent } from '../money';
import { formatDateLong } from './dates';
import type {
	IndicatorFigure,
	InactiveTrend,
	SavingsFigure,
	SpendYear,
	UnusedSeatsFigure
} from './key-figures';
import { computeTrend, type Trend } from './trend';

/** Below this coverage an indicator carries a warning (same threshold as the sovereignty indicators). */
export const LOW_COVERAGE = 0.8;

export interface KeyFigureInput {
	current: SpendYear | null;
	previous: SpendYear | null;
	unused: UnusedSeatsFigure & { trend: InactiveTrend | null };
	savings: SavingsFigure | null;
	sovereignty: IndicatorFigure;
	openSource: IndicatorFigure;
}

export interface KeyFigureView {
	id: string;
	label: string;
	value: string;
	/** A second, smaller line under the value (share, cost, what the value is compared with). */
	detail: string | null;
	trend: { arrow: '▲' | '▼' | '▬'; text: string; tone: Trend['assessment'] } | null;
	/** Said instead of a trend when none can be computed yet. */
	noTrend: string | null;
	help: string;
	warning: string | null;
	href: string;
	linkLabel: string;
}

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

function signed(text: string, delta: number): string {
	return delta > 0 ? `+${text}` : text;
}

function describeTrend(trend: Trend | null, delta: string, m: Messages['dashboard']): KeyFigureView['trend'] {
	if (!trend) return null;
	const direction = { up: m.trendUp, down: m.trendDown, flat: m.trendFlat }[trend.direction];
	const assessment = trend.assessment === 'better' ? m.trendBetter : m.trendWorse;
	const text =
		trend.direction === 'flat'
			? `${direction} (${trend.since})`
			: format(m.trendSince, { delta, since: trend.since, direction, assessment });
	return { arrow: ARROWS[trend.direction], text, tone: trend.assessment };
}

function indicatorTrend(figure: IndicatorFigure, scale: 'score' | 'ratio', m: Messages['dashboard']) {
	const trend = computeTrend(
		figure.value,
		figure.previous?.value ?? null,
		'up',
		figure.previous ? formatDateLong(figure.previous.asOf) : '',
		scale === 'score' ? 0.05 : 0.0005
	);
	if (!trend) return null;
	const points =
		scale === 'score'
			? format(m.points, { value: signed(trend.delta.toFixed(1).replace('.', ','), trend.delta) })
			: format(m.percentPoints, {
					value: signed((trend.delta * 100).toFixed(1).replace('.', ','), trend.delta)
				});
	return describeTrend(trend, points, m);
}

function coverageWarning(figure: IndicatorFigure, m: Messages['dashboard']): string | null {
	return figure.value !== null && figure.coverage < LOW_COVERAGE ? m.lowCoverage : null;
}

function buildSpendFigures(d: KeyFigureInput, m: Messages['dashboard'], detailed: boolean): KeyFigureView[] {
	const { current, previous } = d;
	if (!current) return [];
	const since = previous ? String(previous.year) : '';
	const spendTrend = computeTrend(current.totalCents, previous?.totalCents ?? null, 'down', since, 50);
	const propTrend = computeTrend(
		current.proprietaryCents,
		previous?.proprietaryCents ?? null,
		'down',
		since,
		50
	);
	const basis = current.basis === 'invoice' ? m.basisInvoice : m.basisAccounting;
	return [
		{
			id: 'kf-annual-spend',
			label: format(m.annualSpendYear, { year: current.year }),
			value: formatEurosRounded(current.totalCents),
			detail: null,
			trend: describeTrend(
				spendTrend,
				signed(formatEurosRounded(spendTrend?.delta ?? 0), spendTrend?.delta ?? 0),
				m
			),
			noTrend: spendTrend ? null : m.noTrendFirstYear,
			help: format(m.annualSpendHelp, { lines: current.lines, basis, year: current.year }),
			warning: null,
			href: detailed ? '/licences' : '#depenses',
			linkLabel: format(m.detailOf, { label: m.annualSpend })
		},
		{
			id: 'kf-proprietary-spend',
			label: m.proprietarySpend,
			value: formatEurosRounded(current.proprietaryCents),
			detail: format(m.proprietarySpendShare, {
				share: formatPercent(current.totalCents > 0 ? current.proprietaryCents / current.totalCents : 0)
			}),
			trend: describeTrend(
				propTrend,
				signed(formatEurosRounded(propTrend?.delta ?? 0), propTrend?.delta ?? 0),
				m
			),
			noTrend: propTrend ? null : m.noTrendFirstYear,
			help:
				current.unclassifiedCents !== 0
					? format(m.proprietarySpendHelp, {
							year: current.year,
							unclassified: formatEurosRounded(current.unclassifiedCents)
						})
					: format(m.proprietarySpendHelpAllKnown, { year: current.year }),
			warning: null,
			href: detailed ? '/licences#par-editeur' : '#depenses',
			linkLabel: format(m.detailOf, { label: m.proprietarySpend })
		}
	];
}

function buildUnusedFigure(d: KeyFigureInput, m: Messages['dashboard'], detailed: boolean): KeyFigureView {
	const { unused } = d;
	const t = unused.trend;
	const trend = t ? computeTrend(t.current, t.previous, 'down', formatDateLong(t.since)) : null;
	const direction = trend ? { up: m.trendUp, down: m.trendDown, flat: m.trendFlat }[trend.direction] : '';
	return {
		id: 'kf-unused-seats',
		label: m.unusedSeats,
		value:
			unused.measuredProducts > 0 ? format(m.unusedSeatsCount, { seats: formatCount(unused.seats) }) : '—',
		detail:
			unused.measuredProducts > 0
				? format(m.unusedSeatsCost, { cost: formatEurosRounded(unused.costCents) })
				: null,
		trend:
			t && trend
				? {
						arrow: ARROWS[trend.direction],
						text: format(m.trendInactive, {
							previous: formatCount(t.previous),
							current: formatCount(t.current),
							since: trend.since,
							direction,
							assessment: trend.assessment === 'better' ? m.trendBetter : m.trendWorse
						}),
						tone: trend.assessment
					}
				: null,
		noTrend: t ? null : m.noTrendFirstSnapshot,
		help:
			unused.measuredProducts > 0
				? format(m.unusedSeatsHelp, { products: unused.measuredProducts, unknown: unused.unknownProducts })
				: m.unusedSeatsNone,
		warning: null,
		href: detailed ? '/licences#postes' : unused.seats > 0 ? '#chart-seats-title' : '#depenses',
		linkLabel: format(m.detailOf, { label: m.unusedSeats })
	};
}

function buildSavingsFigure(d: KeyFigureInput, m: Messages['dashboard']): KeyFigureView {
	const s = d.savings;
	const base = { id: 'kf-savings', label: m.savings, trend: null, warning: null };
	if (!s)
		return {
			...base,
			value: '—',
			detail: null,
			noTrend: null,
			help: m.savingsNoScenario,
			href: '/scenarios',
			linkLabel: format(m.detailOf, { label: m.savings })
		};
	const started = s.asOfYear !== null && s.asOfYear >= s.startYear;
	return {
		...base,
		value: formatEurosRounded(s.realisedToDateCents),
		detail: format(m.savingsRealised, { planned: formatEurosRounded(s.projectedToDateCents) }),
		noTrend: m.noTrendSavings,
		help: started
			? format(m.savingsHelp, {
					seats: formatCount(s.cancelledSeats),
					scenario: s.scenarioName,
					planned: formatEurosRounded(s.projectedToDateCents)
				})
			: format(m.savingsNotStarted, {
					scenario: s.scenarioName,
					year: s.startYear,
					seats: formatCount(s.cancelledSeats)
				}),
		href: '/progression#economies',
		linkLabel: format(m.detailOf, { label: m.savings })
	};
}

/**
 * The key figures in display order: annual spend, proprietary spend, unused seats, savings, sovereignty
 * score, open-source seats. `detailed` (the user may read licence lines) links spend figures to /licences,
 * otherwise to the dashboard's own charts. Spend figures are left out when no spend was imported.
 */
export function buildKeyFigureViews(
	d: KeyFigureInput,
	m: Messages['dashboard'],
	detailed: boolean
): KeyFigureView[] {
	const sov = d.sovereignty;
	const os = d.openSource;
	return [
		...buildSpendFigures(d, m, detailed),
		buildUnusedFigure(d, m, detailed),
		buildSavingsFigure(d, m),
		{
			id: 'kf-sovereignty',
			label: m.sovereignty,
			value: sov.value === null ? '—' : format(m.sovereigntyValue, { score: Math.round(sov.value) }),
			detail: null,
			trend: indicatorTrend(sov, 'score', m),
			noTrend: sov.previous ? null : m.noTrendFirstSnapshot,
			help: format(m.sovereigntyHelp, { coverage: formatPercent(sov.coverage) }),
			warning: coverageWarning(sov, m),
			href: '/souverainete',
			linkLabel: format(m.detailOf, { label: m.sovereignty })
		},
		{
			id: 'kf-open-source',
			label: m.openSource,
			value: os.value === null ? '—' : formatPercent(os.value),
			detail: null,
			trend: indicatorTrend(os, 'ratio', m),
			noTrend: os.previous ? null : m.noTrendFirstSnapshot,
			help: format(m.openSourceHelp, { coverage: formatPercent(os.coverage) }),
			warning: coverageWarning(os, m),
			href: '/souverainete',
			linkLabel: format(m.detailOf, { label: m.openSource })
		}
	];
}

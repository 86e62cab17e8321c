/**
 * Current spend and seats paid vs used: the dashboard's spend chart by vendor, every product with its spend
 * and seats (getInventory), and the chart of the products whose paid seats are not all used.
 */
import { buildGroupedBars } from '../../charts/grouped-bars';
import { buildSpendBars } from '../../charts/spend-bars';
import { formatEuros, formatEurosRounded, formatPercent } from '../../domain/money';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { DASH, formatMaybeCount, toChartBlock, toTableBlock } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import type { Block, ReportSection } from './report-types';

function buildProductTable(inputs: ReportInputs, m: Messages): Block {
	const r = m.reports.spend;
	const year = inputs.inventory.year ?? '';
	const costs = new Map(inputs.dashboard.unused.products.map((p) => [p.productId, p.costCents]));
	const rows = inputs.inventory.products
		.filter((p) => p.spendCents !== 0 || p.seats.paid !== null || p.seats.used !== null)
		.map((p) => {
			const cost = costs.get(p.productId);
			return [
				p.name,
				p.vendor ?? DASH,
				formatEuros(p.spendCents),
				formatMaybeCount(p.seats.paid),
				formatMaybeCount(p.seats.used),
				formatMaybeCount(p.seats.unused),
				cost === undefined ? DASH : formatEuros(cost)
			];
		});
	return toTableBlock(
		format(r.productsCaption, { year }),
		[
			[r.product, 'l'],
			[r.vendor, 'l'],
			[format(r.spend, { year }), 'r'],
			[r.paid, 'r'],
			[r.used, 'r'],
			[r.unused, 'r'],
			[r.unusedCost, 'r']
		],
		rows,
		r.productsNote
	);
}

function buildSeatsChart(inputs: ReportInputs, m: Messages): Block | null {
	const idle = inputs.dashboard.unused.products.filter((p) => p.unused > 0);
	if (idle.length === 0) return null;
	const d = m.dashboard;
	return toChartBlock(
		d.seatsChart,
		buildGroupedBars(
			idle.map((p) => p.name),
			[
				{ label: d.seatsPaid, values: idle.map((p) => p.paid) },
				{ label: d.seatsUsed, values: idle.map((p) => p.used) }
			],
			{
				title: d.seatsChart,
				categoryHeader: d.product,
				unit: 'count',
				horizontal: true,
				summaryTemplate: d.seatsSummary,
				emptySummaryTemplate: m.chart.emptySummary
			}
		)
	);
}

/** The spend and seats section; says so when no spend was imported. */
export function buildSpendSection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.spend;
	const d = m.dashboard;
	const { current } = inputs.dashboard;
	const base = { id: 'depenses', title: r.title };
	if (!current) return { ...base, blocks: [{ kind: 'paragraph', text: r.noSpend }] };
	const unused = inputs.dashboard.unused;
	const vendors = buildSpendBars(inputs.dashboard.spend.summary.byVendor, {
		title: d.spendByVendor,
		labelHeader: d.vendor,
		amountHeader: d.amount,
		shareHeader: d.share,
		othersLabel: m.chart.others,
		summaryTemplate: m.chart.barsSummary,
		emptySummaryTemplate: m.chart.emptySummary
	});
	const seatsChart = buildSeatsChart(inputs, m);
	return {
		...base,
		blocks: [
			{
				kind: 'paragraph',
				text: format(r.intro, {
					year: current.year,
					total: formatEurosRounded(current.totalCents),
					lines: current.lines,
					basis: current.basis === 'invoice' ? d.basisInvoice : d.basisAccounting,
					proprietary: formatEurosRounded(current.proprietaryCents),
					share: formatPercent(current.totalCents > 0 ? current.proprietaryCents / current.totalCents : 0)
				})
			},
			toChartBlock(d.spendByVendor, vendors),
			{
				kind: 'paragraph',
				text:
					unused.products.length > 0
						? format(r.seatsIntro, {
								seats: formatMaybeCount(unused.seats),
								cost: formatEurosRounded(unused.costCents),
								products: unused.products.length,
								unknown: unused.unknownProducts
							})
						: d.unusedSeatsNone
			},
			...(seatsChart ? [seatsChart] : []),
			buildProductTable(inputs, m)
		]
	};
}

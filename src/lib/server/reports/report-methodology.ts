/**
 * Methodology and assumptions: the savings model formula by formula (the methodology page's words), the
 * presented scenario's parameters and uncertain assumptions, and every default of the organisation's
 * catalogue with its source and date, assumptions labelled as such.
 */
import { formatAssumptionValue } from '../../charts/savings-format';
import { formatDateLong } from '../../domain/dashboard/dates';
import { isAssumption, type Catalogue, type SourcedValue } from '../../domain/catalogue';
import { formatCount, formatEuros } from '../../domain/money';
import { ASSUMPTION_KEYS, type Scenario } from '../../domain/savings';
import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';
import { formatRate, formatWaves } from '../../scenarios/display';
import { DASH, toTableBlock } from './report-blocks';
import type { ReportInputs } from './report-inputs';
import { buildIndicatorDefinitions } from './report-sovereignty';
import type { Block, ReportSection } from './report-types';

/**
 * The French row of one figure: label, value, source and date. An assumption is labelled as such in the
 * source column, with its justification, and has no date.
 */
function toFigureRow<T>(label: string, figure: SourcedValue<T>, value: string, m: Messages): string[] {
	const r = m.reports.methodology;
	if (isAssumption(figure)) return [label, value, format(r.assumptionNote, { note: figure.note }), DASH];
	const source = figure.note ? `${figure.source} (${figure.note})` : figure.source;
	return [label, value, source, figure.date];
}

/** One row per default figure of the catalogue: proprietary prices first, then the alternatives' costs. */
export function listCatalogueRows(catalogue: Catalogue, m: Messages): string[][] {
	const f = m.scenarios.catalogue.fields;
	const days = m.scenarios.assumptions.sources.days;
	const rows: string[][] = [];
	for (const entry of catalogue.entries) {
		const period = f.pricePeriod[entry.pricePeriod];
		rows.push(
			toFigureRow(
				`${entry.name} — ${f.unitPrice} (${period})`,
				entry.unitPrice,
				formatEuros(entry.unitPrice.value),
				m
			)
		);
		const schedule = entry.priceScheduleCentsPerYear;
		if (schedule) {
			const value = schedule.value.map((cents) => formatEuros(cents)).join(' ; ');
			rows.push(toFigureRow(`${entry.name} — ${f.schedule}`, schedule, value, m));
		}
		const hardware = entry.forcedHardwareCentsPerSeatYear;
		if (hardware) {
			rows.push(toFigureRow(`${entry.name} — ${f.hardware}`, hardware, formatEuros(hardware.value), m));
		}
	}
	for (const alt of catalogue.alternatives) {
		rows.push(
			toFigureRow(
				`${alt.name} — ${f.oneOff}`,
				alt.oneOffCentsPerSeat,
				formatEuros(alt.oneOffCentsPerSeat.value),
				m
			),
			toFigureRow(
				`${alt.name} — ${f.recurring}`,
				alt.recurringCentsPerSeatYear,
				formatEuros(alt.recurringCentsPerSeatYear.value),
				m
			),
			toFigureRow(
				`${alt.name} — ${f.training}`,
				alt.trainingDaysPerAgent,
				format(days, { n: alt.trainingDaysPerAgent.value }),
				m
			),
			toFigureRow(`${alt.name} — ${f.difficulty}`, alt.difficulty, `${alt.difficulty.value} / 5`, m)
		);
	}
	return rows;
}

function buildParameterRows(scenario: Scenario, orgAgentCount: number | null, m: Messages): string[][] {
	const t = m.scenarios.assumptions;
	const r = m.reports.methodology;
	const rate = scenario.discountRate;
	const rateKey = rate === 0.032 ? '0.032' : rate === 0.045 ? '0.045' : rate === 0 ? '0' : 'other';
	const agentsFromData = scenario.agentCount !== null && scenario.agentCount === orgAgentCount;
	return [
		[
			t.horizon,
			format(m.scenarios.years, { n: scenario.horizonYears }),
			scenario.horizonYears === 5 ? r.published : r.entered,
			scenario.horizonYears === 5 ? t.horizonSource : t.sources.editedNoData
		],
		[
			t.discountRate,
			formatRate(rate),
			rateKey === 'other' ? r.entered : rateKey === '0' ? r.assumption : r.published,
			t.discountSources[rateKey]
		],
		[t.waves, formatWaves(scenario.waves), r.assumption, t.wavesSource],
		[
			t.agentCount,
			scenario.agentCount === null ? DASH : formatCount(scenario.agentCount),
			agentsFromData ? r.data : r.assumption,
			scenario.agentCount === null ? t.agentCountDefault : t.agentCountSource
		]
	];
}

function buildScenarioTables(inputs: ReportInputs, m: Messages): Block[] {
	const chosen = inputs.chosen;
	if (!chosen) return [];
	const t = m.scenarios.assumptions;
	const r = m.reports.methodology;
	const { scenario, name } = chosen.stored;
	const units = m.scenarios.figures.units;
	const columns = t.columns;
	return [
		toTableBlock(
			format(r.parametersCaption, { name }),
			[
				[columns.parameter, 'l'],
				[columns.value, 'r'],
				[r.kind, 'l'],
				[columns.source, 'l']
			],
			buildParameterRows(scenario, inputs.org.agentCount, m)
		),
		toTableBlock(
			format(r.assumptionsCaption, { name }),
			[
				[columns.assumption, 'l'],
				[columns.low, 'r'],
				[columns.likely, 'r'],
				[columns.high, 'r'],
				[r.justification, 'l']
			],
			ASSUMPTION_KEYS.map((key) => {
				const range = scenario.assumptions[key];
				return [
					t.labels[key],
					formatAssumptionValue(key, range.low, units),
					formatAssumptionValue(key, range.likely, units),
					formatAssumptionValue(key, range.high, units),
					t.explanations[key]
				];
			})
		)
	];
}

/** The methodology section: formulas, indicator definitions, scenario assumptions, catalogue defaults. */
export function buildMethodologySection(inputs: ReportInputs, m: Messages): ReportSection {
	const r = m.reports.methodology;
	const method = m.scenarios.methodology;
	const explained: Block[] = method.sections.flatMap((section): Block[] => [
		{ kind: 'paragraph', text: `${section.title}. ${section.paragraphs.join(' ')}` },
		...(section.formulas.length > 0 ? [{ kind: 'bulletList', items: section.formulas } satisfies Block] : [])
	]);
	return {
		id: 'methode',
		title: r.title,
		blocks: [
			{ kind: 'paragraph', text: r.intro },
			...explained,
			{ kind: 'paragraph', text: `${r.sovereigntyMethod} ${m.sovereignty.composite.formula}` },
			{ kind: 'paragraph', text: m.sovereignty.composite.weightsIntro },
			...buildIndicatorDefinitions(inputs, m),
			...buildScenarioTables(inputs, m),
			{
				kind: 'paragraph',
				text: format(r.catalogueIntro, { date: formatDateLong(inputs.catalogue.updated) })
			},
			toTableBlock(
				r.catalogueCaption,
				[
					[r.figure, 'l'],
					[m.scenarios.assumptions.columns.value, 'r'],
					[r.source, 'l'],
					[r.date, 'l']
				],
				listCatalogueRows(inputs.catalogue, m),
				m.scenarios.assumptions.vatNote
			),
			{ kind: 'paragraph', text: method.sourcesTitle },
			{ kind: 'bulletList', items: method.sources }
		]
	};
}

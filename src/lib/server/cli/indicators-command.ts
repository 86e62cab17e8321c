import { formatCount, formatEuros, formatPercent } from '../../domain/money';
import {
	HHI_MAX,
	LOW_COVERAGE_THRESHOLD,
	SEAL_LEVEL_NAMES,
	toIndicatorRows,
	type IndicatorRow
} from '../../domain/sovereignty';
import type { Runtime } from '../runtime';
import { getSovereigntyReport } from '../services/sovereignty';
import { parseCommandArgs, resolveOrg } from './common';

const USAGE = 'usage : cap-libre indicators [--org <id|slug>] [--json]';

/** The value in its unit, French style: "42 %", "120 899,47 €", "6 048 / 10 000", "22 / 100". */
export function formatIndicatorValue(row: Pick<IndicatorRow, 'value' | 'unit'>): string {
	if (row.value === null || !Number.isFinite(row.value)) return 'inconnu';
	switch (row.unit) {
		case 'ratio':
			return formatPercent(row.value, 1);
		case 'cents':
			return formatEuros(Math.round(row.value));
		case 'hhi':
			return `${formatCount(row.value)} / ${formatCount(HHI_MAX)}`;
		case 'score':
			return `${formatCount(row.value)} / 100`;
	}
}

/**
 * `cap-libre indicators [--org <id|slug>] [--json]`: every sovereignty indicator with its value, unit and
 * coverage, then the SEAL-like score with the overall level and the composite score. With --json, an array of
 * {id, name, value, unit, coverage, level?} (ratios and coverage as fractions 0–1, amounts in cents).
 */
export async function runIndicators(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const { values } = parseCommandArgs(USAGE, {
		args,
		allowPositionals: false,
		options: { org: { type: 'string' }, json: { type: 'boolean' } }
	});
	const runtime = openRuntime();
	const org = resolveOrg(runtime, values.org);
	const view = getSovereigntyReport(runtime.db, org.id);
	const rows = toIndicatorRows(view.report);
	if (values.json) {
		process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
		return 0;
	}
	const basis = view.basis === 'accounting' ? 'mandats' : 'factures';
	const lines = [
		`Indicateurs de souveraineté — ${org.name}` +
			(view.year === null ? ' (aucune dépense importée)' : ` (dépenses ${view.year}, ${basis})`),
		''
	];
	const width = Math.max(...rows.map((r) => r.name.length));
	for (const row of rows) {
		const shown = Math.round(row.coverage * 100);
		// A coverage flagged insufficient (below 80 %) is never printed as 80 %.
		const percent = row.coverage < LOW_COVERAGE_THRESHOLD && shown >= 80 ? 79 : shown;
		const coverage = `couverture ${formatPercent(percent / 100)}`;
		const warning = row.coverage < LOW_COVERAGE_THRESHOLD ? ' — couverture insuffisante' : '';
		lines.push(`${row.name.padEnd(width)}  ${formatIndicatorValue(row).padStart(16)}  ${coverage}${warning}`);
	}
	const level = view.report.seal.overallLevel;
	lines.push(
		'',
		`Niveau global : ${level === null ? 'non évaluable (attributs à compléter)' : SEAL_LEVEL_NAMES[level]}`,
		view.report.disclaimer,
		view.report.composite.reading
	);
	process.stdout.write(lines.join('\n') + '\n');
	return 0;
}

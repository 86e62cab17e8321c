import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Runtime } from '../runtime';
import { buildReportPdf, listReportScenarios } from '../services/report';
import { parseCommandArgs, resolveOrg, UsageError } from './common';

const USAGE = 'usage : cap-libre report --out <fichier.pdf> [--org <id|slug>] [--scenario <id>] [--lang fr]';

function parseReportArgs(args: string[]) {
	const { values } = parseCommandArgs(USAGE, {
		args,
		allowPositionals: false,
		options: {
			out: { type: 'string' },
			org: { type: 'string' },
			scenario: { type: 'string' },
			lang: { type: 'string' }
		}
	});
	if (!values.out) throw new UsageError(`--out est obligatoire.\n${USAGE}`);
	if (values.lang !== undefined && values.lang !== 'fr')
		throw new UsageError(`langue non disponible : « ${values.lang} » (le rapport existe en français : fr).`);
	if (values.scenario !== undefined && !/^\d+$/.test(values.scenario))
		throw new UsageError(`--scenario attend un numéro de scénario, pas « ${values.scenario} ».`);
	return {
		out: values.out,
		org: values.org,
		scenario: values.scenario ? Number(values.scenario) : undefined
	};
}

/**
 * `cap-libre report --out <fichier.pdf> [--org <id|slug>] [--scenario <id>] [--lang fr]`: writes the council
 * report of the organisation (the followed scenario unless --scenario names another) and prints the file's
 * absolute path. Exit 0 when written, 2 on a usage error (unknown option, organisation or scenario), 1 when
 * the file cannot be written. The export is recorded in the audit log with the actor "cli".
 */
export async function runReport(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const options = parseReportArgs(args);
	const runtime = openRuntime();
	const org = resolveOrg(runtime, options.org);
	if (options.scenario !== undefined) {
		const known = listReportScenarios(runtime.db, org.id);
		if (!known.some((s) => s.id === options.scenario)) {
			const list = known.map((s) => `${s.id} (${s.name})`).join(', ') || 'aucun';
			throw new UsageError(`scénario inconnu : ${options.scenario}. Scénarios de ${org.name} : ${list}.`);
		}
	}
	const { pdf } = await buildReportPdf(runtime.db, org.id, {
		lang: 'fr',
		scenarioId: options.scenario,
		authorRole: 'cli',
		actor: { userId: null, label: 'cli' }
	});
	const path = resolve(options.out);
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, pdf);
	} catch (e) {
		process.stderr.write(`cap-libre : impossible d’écrire ${path} : ${(e as Error).message}\n`);
		return 1;
	}
	process.stdout.write(`${path}\n`);
	return 0;
}

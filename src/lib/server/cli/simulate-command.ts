import { existsSync, readFileSync, statSync } from 'node:fs';
import { createOrganisationsRepository } from '../repositories/organisations.repository';
import type { Runtime } from '../runtime';
import { simulateScenario } from '../services/scenario-simulation';
import { parseCommandArgs, resolveOrg, UsageError } from './common';
import { formatSimulation, toSimulationJson } from './simulate-output';

const USAGE = 'usage : cap-libre simulate <scénario.json> [--org <id|slug>] [--json]';

function readArgs(args: string[]) {
	const parsed = parseCommandArgs(USAGE, {
		args,
		allowPositionals: true,
		options: { org: { type: 'string' }, json: { type: 'boolean' } }
	});
	if (parsed.positionals.length !== 1) throw new UsageError(USAGE);
	return { file: parsed.positionals[0], org: parsed.values.org, json: parsed.values.json === true };
}

/**
 * `cap-libre simulate <scenario.json> [--org <id|slug>] [--json]`: prints the yearly table, NPV, payback and
 * P10/P50/P90 (or the same as one JSON object). The organisation (--org, else the first one if any) fills
 * seats and prices the file leaves out; without any, the file's inline figures alone are used.
 * Exit codes: 0 evaluated, 1 invalid file (French errors on stderr), 2 usage (via UsageError).
 */
export async function runSimulate(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const options = readArgs(args);
	if (!existsSync(options.file) || !statSync(options.file).isFile())
		throw new UsageError(`fichier introuvable : ${options.file}`);
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(options.file, 'utf8'));
	} catch (e) {
		process.stderr.write(`${options.file} : JSON illisible (${(e as Error).message}).\n`);
		return 1;
	}
	const runtime = openRuntime();
	const org =
		options.org !== undefined
			? resolveOrg(runtime, options.org)
			: (createOrganisationsRepository(runtime.db).list()[0] ?? null);
	const result = simulateScenario(json, org ? { db: runtime.db, orgId: org.id } : null);
	if (!result.ok) {
		process.stderr.write(
			`${options.file} : scénario invalide.\n${result.errors.map((e) => `  - ${e}\n`).join('')}`
		);
		return 1;
	}
	const organisation = org ? { id: org.id, slug: org.slug, name: org.name } : null;
	if (options.json)
		process.stdout.write(JSON.stringify(toSimulationJson(result, organisation), null, 2) + '\n');
	else process.stdout.write(formatSimulation(result, organisation));
	return 0;
}

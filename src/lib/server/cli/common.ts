import { parseArgs, type ParseArgsConfig } from 'node:util';
import { getConfig } from '../config';
import { createRuntime, type Runtime } from '../runtime';
import { createOrganisationsRepository } from '../repositories/organisations.repository';

export class UsageError extends Error {}

/** `cap-libre <command> --help`: the command's usage goes to stdout and the command exits with 0. */
export class HelpRequested extends Error {}

/** node:util's parse errors, said in French (its messages are English, the CLI's are French). */
function parseErrorInFrench(e: unknown): string {
	const { code, message } = e as { code?: string; message?: string };
	const quoted = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `option inconnue : ${quoted}`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return `valeur absente ou en trop pour l’option ${quoted.split(' ')[0]}`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `argument inattendu : « ${quoted} »`;
		default:
			return 'arguments invalides';
	}
}

/** Every command's option parsing: `--help`/`-h` shows its usage, a mistake is explained in French with it. */
export function parseCommandArgs<T extends ParseArgsConfig>(usage: string, config: T) {
	if (config.args?.some((a) => a === '--help' || a === '-h')) throw new HelpRequested(usage);
	try {
		return parseArgs(config);
	} catch (e) {
		throw new UsageError(`${parseErrorInFrench(e)}.\n${usage}`);
	}
}

/** Opens the configured database (migrations applied) for one CLI command. */
export function openRuntime(): Runtime {
	return createRuntime(getConfig());
}

/** Resolves --org (numeric id or slug); without it, the instance's first organisation. */
export function resolveOrg(runtime: Runtime, value: string | undefined) {
	const orgs = createOrganisationsRepository(runtime.db);
	if (value === undefined) {
		const first = orgs.list()[0];
		if (!first)
			throw new UsageError('Aucune collectivité dans la base : lancez « cap-libre demo » ou créez-en une.');
		return first;
	}
	const org = /^\d+$/.test(value) ? orgs.getById(Number(value)) : orgs.getBySlug(value);
	if (!org) throw new UsageError(`Collectivité inconnue : « ${value} ». Voir « cap-libre orgs ».`);
	return org;
}

import { getConfig } from '../config';
import { createRuntime, type Runtime } from '../runtime';
import { createOrganisationsRepository } from '../repositories/organisations.repository';

export class UsageError extends Error {}

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

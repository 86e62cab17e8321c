import { createOrganisationsRepository } from '../repositories/organisations.repository';
import type { Runtime } from '../runtime';
import { slugify } from '../services/accounts';
import { HelpRequested, parseCommandArgs, UsageError } from './common';

const USAGE = 'usage : cap-libre org add <nom> [--kind commune|intercommunalite]';

/** `cap-libre org add <name> [--kind commune|intercommunalite]`: prints the new organisation's id and slug. */
export async function runOrg(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const [sub, ...rest] = args;
	if (sub === '--help' || sub === '-h') throw new HelpRequested(USAGE);
	if (sub !== 'add') throw new UsageError(USAGE);
	const { values, positionals } = parseCommandArgs(USAGE, {
		args: rest,
		allowPositionals: true,
		options: { kind: { type: 'string' } }
	});
	const name = positionals.join(' ').trim();
	if (!name) throw new UsageError('indiquez le nom de la collectivité.');
	const kind = values.kind ?? 'commune';
	if (kind !== 'commune' && kind !== 'intercommunalite')
		throw new UsageError('--kind vaut commune ou intercommunalite.');
	const orgs = createOrganisationsRepository(openRuntime().db);
	let slug = slugify(name);
	for (let i = 2; orgs.getBySlug(slug); i++) slug = `${slugify(name)}-${i}`;
	const org = orgs.insert({ slug, name, kind });
	console.log(`${org.id}\t${org.slug}\t${org.name}`);
	return 0;
}

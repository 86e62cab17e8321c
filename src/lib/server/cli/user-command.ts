import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../auth/permissions';
import { createAuditRepository } from '../repositories/audit.repository';
import type { Runtime } from '../runtime';
import { AccountError, addUser } from '../services/accounts';
import { HelpRequested, parseCommandArgs, resolveOrg, UsageError } from './common';

const USAGE =
	'usage : cap-libre user add --role <admin|finance|elected> [--org <id|slug>] [--password-stdin] <email>';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8').trim();
}

/**
 * `cap-libre user add --role <admin|finance|elected> [--org <id|slug>] [--password-stdin] <email>`.
 * Without --password-stdin a random password is generated and printed once. The CLI acts as the instance's
 * operator (shell access to the data directory already means full control), and each account change is audited.
 */
export async function runUser(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const [sub, ...rest] = args;
	if (sub === '--help' || sub === '-h') throw new HelpRequested(USAGE);
	if (sub !== 'add') throw new UsageError(USAGE);
	const parsed = parseCommandArgs(USAGE, {
		args: rest,
		allowPositionals: true,
		options: { role: { type: 'string' }, org: { type: 'string' }, 'password-stdin': { type: 'boolean' } }
	});
	const role = parsed.values.role as Role | undefined;
	if (!role || !ROLES.includes(role)) throw new UsageError(`--role doit valoir ${ROLES.join(', ')}.`);
	const email = parsed.positionals[0];
	if (!email || parsed.positionals.length > 1) throw new UsageError('indiquez une adresse e-mail.');
	const runtime = openRuntime();
	const org = resolveOrg(runtime, parsed.values.org);
	const generated = !parsed.values['password-stdin'];
	const password = generated ? randomBytes(12).toString('base64url') : await readStdin();
	try {
		const { userId, created } = await addUser(runtime.db, { email, password, role, orgId: org.id });
		createAuditRepository(runtime.db).record({
			orgId: org.id,
			userId: null,
			actor: 'cli',
			action: created ? 'user.create' : 'user.role',
			details: { userId, role }
		});
		console.log(
			`${created ? 'Compte créé' : 'Rôle mis à jour'} : ${email.toLowerCase()} (${role}) dans « ${org.name} ».`
		);
		if (created && generated) console.log(`Mot de passe provisoire : ${password}`);
		return 0;
	} catch (e) {
		if (e instanceof AccountError) throw new UsageError(e.message);
		throw e;
	}
}

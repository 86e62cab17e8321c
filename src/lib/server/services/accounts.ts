/**
 * Account use cases shared by the setup page, the accounts page and `cap-libre user add`.
 */
import type { Role } from '../auth/permissions';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';
import type { Db } from '../db';
import { createOrganisationsRepository } from '../repositories/organisations.repository';
import { createUsersRepository } from '../repositories/users.repository';

export class AccountError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function slugify(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'collectivite'
	);
}

/** Creates an account (or gives an existing one a role) in an organisation. */
export async function addUser(
	db: Db,
	input: { email: string; password: string; role: Role; orgId: number; isDemo?: boolean }
): Promise<{ userId: number; created: boolean }> {
	const email = input.email.trim().toLowerCase();
	if (!EMAIL.test(email)) throw new AccountError('Adresse e-mail invalide.');
	if (!input.isDemo && input.password.length < MIN_PASSWORD_LENGTH) {
		throw new AccountError(`Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`);
	}
	const users = createUsersRepository(db);
	const existing = users.getByEmail(email);
	const user = existing ?? users.insert(email, await hashPassword(input.password), input.isDemo ?? false);
	users.setRole(user.id, input.orgId, input.role);
	return { userId: user.id, created: !existing };
}

/** First installation: the organisation and its administrator, only while no account exists. */
export async function setupInstance(
	db: Db,
	input: { orgName: string; kind: 'commune' | 'intercommunalite'; email: string; password: string }
): Promise<{ orgId: number; userId: number }> {
	if (createUsersRepository(db).count() > 0) throw new AccountError('Cette instance est déjà installée.');
	const name = input.orgName.trim();
	if (!name) throw new AccountError('Indiquez le nom de la collectivité.');
	const orgs = createOrganisationsRepository(db);
	let slug = slugify(name);
	for (let i = 2; orgs.getBySlug(slug); i++) slug = `${slugify(name)}-${i}`;
	const org = orgs.insert({ slug, name, kind: input.kind });
	const { userId } = await addUser(db, {
		email: input.email,
		password: input.password,
		role: 'admin',
		orgId: org.id
	});
	return { orgId: org.id, userId };
}

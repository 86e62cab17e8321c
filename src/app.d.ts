// Types of the request locals shared by hooks, routes and services.
import type { Role } from '$lib/server/auth/permissions';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { Db } from '$lib/server/db';
import type { Organisation } from '$lib/server/repositories/organisations.repository';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			lang: 'fr' | 'en';
			/** The signed-in user, or null. */
			user: SessionUser | null;
			role: Role | null;
			/** The organisation the session works on; null when signed out. */
			org: Organisation | null;
		}
	}
}

export {};

// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Db } from '$lib/server/db';
import type { Organisation } from '$lib/server/repositories/organisations.repository';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			lang: 'fr' | 'en';
			/** The organisation the request is about; null only on an empty instance. */
			org: Organisation | null;
		}
	}
}

export {};

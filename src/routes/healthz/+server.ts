import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';

/** Liveness and database check for supervisors and load balancers. */
export const GET: RequestHandler = ({ locals }) => {
	try {
		locals.db.get(sql`select 1`);
		return json({ status: 'ok', database: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return json({ status: 'error', database: (e as Error).message }, { status: 503 });
	}
};

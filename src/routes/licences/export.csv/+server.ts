import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/domain/csv-export';
import { toCsvTable } from '$lib/domain/dashboard/table-spec';
import { getMessages } from '$lib/i18n';
import { isLicenceTableId } from '$lib/server/services/licence-tables';
import { getLicenceTable } from '$lib/server/services/licences';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import type { RequestHandler } from './$types';

/** One detail table of /licences as CSV: ?table=<id>&format=excel|plain[&annee=yyyy]. */
export const GET: RequestHandler = ({ locals, url }) => {
	const table = url.searchParams.get('table');
	if (!locals.org || !isLicenceTableId(table)) error(404, 'Tableau inconnu.');
	const variant = url.searchParams.get('format') === 'plain' ? 'plain' : 'excel';
	const year = Number(url.searchParams.get('annee')) || undefined;
	const spec = getLicenceTable(locals.db, locals.org.id, table, {
		m: getMessages(locals.lang).licences,
		today: new Date().toISOString().slice(0, 10),
		year
	});
	const { columns, rows } = toCsvTable(spec, variant);
	createAuditRepository(locals.db).record({
		orgId: locals.org.id,
		userId: locals.user?.userId ?? null,
		actor: locals.user?.email ?? 'anonyme',
		action: 'export.csv',
		details: { table, year: year ?? null, rows: rows.length }
	});
	const name = `cap-libre-${table}${year ? `-${year}` : ''}${variant === 'plain' ? '-utf8' : ''}.csv`;
	return new Response(toCsv(columns, rows, variant), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
};

import { fail } from '@sveltejs/kit';
import { CUSTOM_FORMAT_LABEL, getProfile, type CustomMapping } from '$lib/import';
import { createImportsRepository } from '$lib/server/repositories/imports.repository';
import { getRuntime } from '$lib/server/runtime';
import { importDepsOf } from '$lib/server/services/import-deps';
import { importFile, recordSnapshotAfter, writeBetweenImports } from '$lib/server/services/import-file';
import { undoImport } from '$lib/server/services/undo-import';
import { createUploadStore } from '$lib/server/services/uploads';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import type { Actions, PageServerLoad } from './$types';

function audit(locals: App.Locals, action: string, details: Record<string, unknown>) {
	createAuditRepository(locals.db).record({
		orgId: locals.org?.id ?? null,
		userId: locals.user?.userId ?? null,
		actor: locals.user?.email ?? 'anonyme',
		action,
		details
	});
}

export const load: PageServerLoad = ({ locals }) => {
	const history = locals.org ? createImportsRepository(locals.db).list(locals.org.id) : [];
	return {
		maxUploadMb: Math.round(getRuntime().config.maxUploadBytes / 1024 / 1024),
		history: history.map((h) => ({
			id: h.id,
			fileName: h.fileName,
			format: getProfile(h.format)?.label ?? (h.format === 'custom' ? CUSTOM_FORMAT_LABEL : h.format),
			rows: h.rowCount,
			newCount: h.newCount,
			updatedCount: h.updatedCount,
			unchangedCount: h.unchangedCount,
			skipped: h.skippedCount,
			status: h.status,
			importedBy: h.importedBy,
			createdAt: h.createdAt,
			undoneAt: h.undoneAt
		}))
	};
};

export const actions: Actions = {
	confirm: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const runtime = getRuntime();
		const store = createUploadStore(runtime.config.dataDir);
		const path = store.path(token);
		const gone = () => fail(410, { message: 'Ce fichier n’est plus disponible : déposez-le à nouveau.' });
		if (!path) return gone();
		const mappingJson = form.get('mapping');
		const deps = importDepsOf(runtime, locals.db);
		let report;
		try {
			report = await importFile(deps, {
				orgId: locals.org.id,
				path,
				fileName: String(form.get('fileName') ?? ''),
				actor: locals.user?.email ?? 'web',
				mapping: mappingJson ? (JSON.parse(String(mappingJson)) as CustomMapping) : undefined
			});
		} catch (e) {
			// Confirmed twice at once: the first confirmation imported the file and removed the upload.
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return gone();
			throw e;
		}
		if (report.status !== 'rejected' && report.status !== 'needs-mapping') store.remove(token);
		if (report.status === 'imported') {
			const entry = {
				importId: report.importId,
				file: report.file,
				format: report.format,
				rows: report.rows
			};
			await writeBetweenImports(deps.databasePath, () => audit(locals, 'import', entry));
		}
		return { confirmed: report };
	},
	cancel: async ({ request }) => {
		const token = String((await request.formData()).get('token') ?? '');
		createUploadStore(getRuntime().config.dataDir).remove(token);
		return { cancelled: true };
	},
	undo: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const id = Number((await request.formData()).get('importId'));
		const org = locals.org;
		const result = await writeBetweenImports(getRuntime().config.databasePath, () => {
			const undone = undoImport(locals.db, org.id, id);
			if (undone) {
				audit(locals, 'import.undo', { importId: id, removed: undone.removed });
				recordSnapshotAfter(locals.db, org.id, 'undo');
			}
			return undone;
		});
		if (!result) return fail(404, { message: 'Import introuvable ou déjà annulé.' });
		return { undone: { id, removed: result.removed } };
	}
};

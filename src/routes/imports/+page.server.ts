import { fail } from '@sveltejs/kit';
import { CUSTOM_FORMAT_LABEL, getProfile, type CustomMapping } from '$lib/import';
import { createImportsRepository } from '$lib/server/repositories/imports.repository';
import { getRuntime } from '$lib/server/runtime';
import { importDepsOf } from '$lib/server/services/import-deps';
import { importFile, recordSnapshotAfter } from '$lib/server/services/import-file';
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
		if (!path) return fail(410, { message: 'Ce fichier n’est plus disponible : déposez-le à nouveau.' });
		const mappingJson = form.get('mapping');
		const report = await importFile(importDepsOf(runtime, locals.db), {
			orgId: locals.org.id,
			path,
			fileName: String(form.get('fileName') ?? ''),
			actor: locals.user?.email ?? 'web',
			mapping: mappingJson ? (JSON.parse(String(mappingJson)) as CustomMapping) : undefined
		});
		if (report.status !== 'rejected' && report.status !== 'needs-mapping') store.remove(token);
		if (report.status === 'imported') {
			audit(locals, 'import', {
				importId: report.importId,
				file: report.file,
				format: report.format,
				rows: report.rows
			});
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
		const result = undoImport(locals.db, locals.org.id, id);
		if (!result) return fail(404, { message: 'Import introuvable ou déjà annulé.' });
		audit(locals, 'import.undo', { importId: id, removed: result.removed });
		recordSnapshotAfter(locals.db, locals.org.id, 'undo');
		return { undone: { id, removed: result.removed } };
	}
};

import { fail } from '@sveltejs/kit';
import { DEFAULT_CATALOGUE } from '$lib/domain/catalogue';
import { applyAlternativeEdit, applyEntryEdit } from '$lib/scenarios/catalogue-edit';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import { getCatalogue, resetCatalogue, saveCatalogue } from '$lib/server/services/catalogue';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const catalogue = locals.org ? getCatalogue(locals.db, locals.org.id) : DEFAULT_CATALOGUE;
	return { catalogue, isEdited: JSON.stringify(catalogue) !== JSON.stringify(DEFAULT_CATALOGUE) };
};

function audit(locals: App.Locals, action: string, details: Record<string, unknown>) {
	createAuditRepository(locals.db).record({
		orgId: locals.org?.id ?? null,
		userId: locals.user?.userId ?? null,
		actor: locals.user?.email ?? 'anonyme',
		action,
		details
	});
}

export const actions: Actions = {
	save: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const form = await request.formData();
		const get = (name: string) => (form.has(name) ? String(form.get(name)) : null);
		const id = String(form.get('id') ?? '');
		const apply = form.get('kind') === 'alternative' ? applyAlternativeEdit : applyEntryEdit;
		const today = new Date().toISOString().slice(0, 10);
		const edit = apply(getCatalogue(locals.db, locals.org.id), id, get, today);
		const errors =
			edit.errors.length > 0 ? edit.errors : saveCatalogue(locals.db, locals.org.id, edit.catalogue);
		if (errors.length > 0) return fail(400, { id, errors });
		audit(locals, 'catalogue.save', { id });
		return { saved: id };
	},
	reset: async ({ locals }) => {
		if (!locals.org) return fail(404);
		resetCatalogue(locals.db, locals.org.id);
		audit(locals, 'catalogue.reset', {});
		return { reset: true };
	}
};

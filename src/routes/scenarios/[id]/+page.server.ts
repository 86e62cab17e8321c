import { error, fail, redirect } from '@sveltejs/kit';
import { format, getMessages } from '$lib/i18n';
import { fromFormState } from '$lib/scenarios/scenario-form';
import { readFormState } from '$lib/scenarios/scenario-form-fields';
import { getCatalogue } from '$lib/server/services/catalogue';
import { getScenarioDetail } from '$lib/server/services/scenario-views';
import {
	deleteScenario,
	duplicateScenario,
	selectScenario,
	updateScenario
} from '$lib/server/services/scenarios';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const detail = locals.org ? getScenarioDetail(locals.db, locals.org.id, Number(params.id)) : null;
	if (!detail) error(404, getMessages(locals.lang).scenarios.notFound);
	return { detail };
};

/** The organisation, the actor for the audit log and the scenario id of an action, or null. */
function context(locals: App.Locals, params: { id: string }) {
	if (!locals.org || !locals.user) return null;
	return {
		db: locals.db,
		orgId: locals.org.id,
		id: Number(params.id),
		actor: { userId: locals.user.userId, label: locals.user.email }
	};
}

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const c = context(locals, params);
		if (!c) return fail(404);
		const form = await request.formData();
		const state = readFormState((name) => (form.has(name) ? String(form.get(name)) : null));
		const json = fromFormState(state, getCatalogue(c.db, c.orgId));
		const result = updateScenario(c.db, c.orgId, c.id, json, c.actor);
		return result.ok ? { saved: true } : fail(400, { errors: result.errors });
	},
	duplicate: async ({ locals, params }) => {
		const c = context(locals, params);
		const m = getMessages(locals.lang).scenarios;
		const copy = c && duplicateScenario(c.db, c.orgId, c.id, c.actor, (name) => format(m.copyOf, { name }));
		if (!copy) return fail(404);
		redirect(303, `/scenarios/${copy.id}`);
	},
	delete: async ({ locals, params }) => {
		const c = context(locals, params);
		if (!c || !deleteScenario(c.db, c.orgId, c.id, c.actor)) return fail(404);
		redirect(303, '/scenarios');
	},
	select: async ({ request, locals, params }) => {
		const c = context(locals, params);
		if (!c || !selectScenario(c.db, c.orgId, c.id, c.actor)) return fail(404);
		// Back to where the button was (the list or the scenario), never to another site.
		const back = String((await request.formData()).get('back') ?? '');
		redirect(303, back === '/scenarios' ? back : `/scenarios/${c.id}`);
	}
};

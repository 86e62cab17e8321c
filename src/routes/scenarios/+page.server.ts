import { fail, redirect } from '@sveltejs/kit';
import { TEMPLATE_IDS, type TemplateId } from '$lib/domain/savings';
import { can } from '$lib/server/auth/permissions';
import { createScenario, getScenarioData } from '$lib/server/services/scenarios';
import { listScenarioSummaries } from '$lib/server/services/scenario-views';
import { getShelfware } from '$lib/server/services/shelfware';
import type { Actions, PageServerLoad } from './$types';

const isTemplateId = (value: unknown): value is TemplateId => TEMPLATE_IDS.some((id) => id === value);

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.org) return { scenarios: [], shelfware: null, canModel: false };
	const scenarios = listScenarioSummaries(locals.db, locals.org.id);
	return {
		scenarios,
		// Templates are created as soon as the data gives a line: without scenarios, say whether it does.
		canModel: scenarios.length > 0 || getScenarioData(locals.db, locals.org.id).lines.length > 0,
		// Elected officials may not see raw lines: service figures about fewer than k agents are withheld.
		shelfware: getShelfware(locals.db, locals.org.id, {
			suppressSmallGroups: !can(locals.role, 'viewRawLines')
		})
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		if (!locals.org || !locals.user) return fail(404);
		const form = await request.formData();
		const template = form.get('template');
		if (!isTemplateId(template)) return fail(400, { message: 'Modèle inconnu.' });
		const actor = { userId: locals.user.userId, label: locals.user.email };
		const stored = createScenario(locals.db, locals.org.id, template, actor, String(form.get('name') ?? ''));
		redirect(303, `/scenarios/${stored.id}`);
	}
};

import { fail } from '@sveltejs/kit';
import { DEFAULT_COMPOSITE_WEIGHTS } from '$lib/domain/sovereignty';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import { listTrendSnapshots, recordIndicatorSnapshot } from '$lib/server/services/snapshots';
import { getPrivacySettings } from '$lib/server/services/privacy';
import {
	getSovereigntyProjection,
	getSovereigntyReport,
	resetCompositeWeights,
	saveCompositeWeights
} from '$lib/server/services/sovereignty';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const defaults = DEFAULT_COMPOSITE_WEIGHTS;
	if (!locals.org) return { view: null, projection: null, trend: null, defaults, k: 5 };
	const view = getSovereigntyReport(locals.db, locals.org.id);
	return {
		view,
		projection: getSovereigntyProjection(locals.db, locals.org.id, { weights: view.weights }),
		trend: listTrendSnapshots(locals.db, locals.org.id, view.report),
		defaults,
		k: getPrivacySettings(locals.db, locals.org.id).k
	};
};

export const actions: Actions = {
	weights: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const form = Object.fromEntries(await request.formData());
		const input = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
		const result =
			input.reset !== undefined
				? { ok: true as const, weights: resetCompositeWeights(locals.db, locals.org.id) }
				: saveCompositeWeights(locals.db, locals.org.id, input);
		if (!result.ok) return fail(400, { weightsError: result.message });
		createAuditRepository(locals.db).record({
			orgId: locals.org.id,
			userId: locals.user?.userId ?? null,
			actor: locals.user?.email ?? 'anonyme',
			action: 'sovereignty.weights',
			details: result.weights
		});
		recordIndicatorSnapshot(locals.db, locals.org.id, 'weights');
		return { weightsSaved: true };
	}
};

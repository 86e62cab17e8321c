import { fail } from '@sveltejs/kit';
import { createAuditRepository } from '$lib/server/repositories/audit.repository';
import { getRuntime } from '$lib/server/runtime';
import {
	eraseAgent,
	exportAgent,
	getPrivacySettings,
	setPrivacySettings
} from '$lib/server/services/privacy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	settings: locals.org ? getPrivacySettings(locals.db, locals.org.id) : null
});

/** An agent is looked up by e-mail (pseudonymised on the fly, never stored) or directly by pseudonym. */
function agentKeyOf(input: string): string {
	const value = input.trim();
	return /^[0-9a-f]{32}$/.test(value) ? value : getRuntime().pseudonymise(value);
}

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
		const value = { k: Number(form.get('k')), retentionMonths: Number(form.get('retentionMonths')) };
		try {
			setPrivacySettings(locals.db, locals.org.id, value);
		} catch (e) {
			return fail(400, { message: (e as Error).message });
		}
		audit(locals, 'settings.privacy', value);
		return { saved: true };
	},
	find: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const key = agentKeyOf(String((await request.formData()).get('agent') ?? ''));
		const record = exportAgent(locals.db, locals.org.id, key);
		audit(locals, 'agent.lookup', { agentKey: key, found: record !== null });
		return { agent: { key, count: record?.usage.length ?? 0, found: record !== null } };
	},
	erase: async ({ request, locals }) => {
		if (!locals.org) return fail(404);
		const key = String((await request.formData()).get('agentKey') ?? '');
		if (!/^[0-9a-f]{32}$/.test(key)) return fail(400, { message: 'Pseudonyme invalide.' });
		const count = eraseAgent(locals.db, locals.org.id, key);
		audit(locals, 'agent.erase', { agentKey: key, removed: count });
		return { erased: count };
	}
};

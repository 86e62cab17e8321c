import { getReportPreview, listReportScenarios } from '$lib/server/services/report';
import type { PageServerLoad } from './$types';

/** The report as data for the preview (the PDF is laid out from the same data), and the scenario choice. */
export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.org) return { report: null, scenarios: [], scenarioId: null };
	const asked = Number(url.searchParams.get('scenario')) || undefined;
	const scenarios = listReportScenarios(locals.db, locals.org.id);
	const scenarioId =
		scenarios.find((s) => s.id === asked)?.id ?? scenarios.find((s) => s.isSelected)?.id ?? null;
	const report = getReportPreview(locals.db, locals.org.id, {
		lang: 'fr',
		scenarioId: scenarioId ?? undefined,
		authorRole: locals.role ?? 'elected'
	});
	return { report, scenarios, scenarioId };
};

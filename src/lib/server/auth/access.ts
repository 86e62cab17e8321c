/**
 * The access rule of every route, page load, endpoint and form action, in one table. The server hook
 * enforces it before any route code runs; a route missing here is refused (fail closed), and a test walks
 * src/routes so that a new route without a rule fails the build.
 */
import type { Permission } from './permissions';

/** 'public': anyone; 'authenticated': any signed-in member of the organisation; else a named permission. */
export type Access = 'public' | 'authenticated' | Permission;

export interface RouteAccess {
	/** Page load or GET/HEAD endpoint. */
	read?: Access;
	/** Non-GET endpoint methods (POST, PUT, DELETE…) of a +server.ts. */
	write?: Access;
	/** Form actions of a +page.server.ts, by name ('default' for the unnamed one). */
	actions?: Record<string, Access>;
}

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
	'/': { read: 'viewDashboard' },
	'/healthz': { read: 'public' },
	'/login': { read: 'public', actions: { default: 'public' } },
	'/logout': { read: 'authenticated', actions: { default: 'authenticated', everywhere: 'authenticated' } },
	'/setup': { read: 'public', actions: { default: 'public' } },
	'/langue': { read: 'authenticated', actions: { default: 'authenticated' } },
	'/organisation': { read: 'authenticated', actions: { default: 'authenticated' } },
	'/imports': {
		read: 'importFiles',
		actions: { confirm: 'importFiles', cancel: 'importFiles', undo: 'importFiles' }
	},
	'/imports/upload': { write: 'importFiles' },
	'/imports/analyse': { write: 'importFiles' },
	// --- Savings and scenarios (issue 5) ---
	'/scenarios': { read: 'viewScenarios', actions: { create: 'manageScenarios' } },
	'/scenarios/[id]': {
		read: 'viewScenarios',
		actions: {
			update: 'editAssumptions',
			duplicate: 'manageScenarios',
			delete: 'manageScenarios',
			select: 'manageScenarios'
		}
	},
	'/scenarios/methodologie': { read: 'viewScenarios' },
	'/catalogue': { read: 'editCatalogue', actions: { save: 'editCatalogue', reset: 'editCatalogue' } },
	// --- Sovereignty and products (issue 6) ---
	'/souverainete': { read: 'viewSovereignty', actions: { weights: 'editAssumptions' } },
	'/produits': { read: 'viewRawLines' },
	'/produits/[id]': { read: 'viewRawLines', actions: { save: 'editCatalogue' } },
	// --- Dashboards and detail pages (issue 7) ---
	'/progression': { read: 'viewDashboard' },
	'/licences': { read: 'viewRawLines' },
	'/licences/export.csv': { read: 'exportData' },
	// --- Reports (issue 8) ---
	'/rapports': { read: 'viewReports' },
	'/rapports/rapport.pdf': { read: 'viewReports' },
	'/parametres': {
		read: 'manageUsers',
		actions: { add: 'manageUsers', role: 'manageUsers', remove: 'manageUsers' }
	},
	'/parametres/donnees': {
		read: 'editSettings',
		actions: { save: 'editSettings', find: 'managePersonalData', erase: 'managePersonalData' }
	},
	'/parametres/donnees/agent.json': { read: 'managePersonalData' },
	'/parametres/journal': { read: 'viewAuditLog' },
	'/donnees-personnelles': { read: 'viewPrivacyNotice' },
	'/donnees-personnelles/registre.txt': { read: 'viewPrivacyNotice' }
};

/** The action a POST to a page targets: `?/name` in the query, else 'default'. */
export function actionName(search: string): string {
	const key = new URLSearchParams(search).keys().next().value;
	return key?.startsWith('/') ? key.slice(1) : 'default';
}

/**
 * The rule for one request, or undefined when there is none (the hook then refuses it). A route has either
 * form actions (a page) or write methods (an endpoint), never both.
 */
export function accessFor(routeId: string, method: string, search: string): Access | undefined {
	const rule = ROUTE_ACCESS[routeId];
	if (!rule) return undefined;
	if (method === 'GET' || method === 'HEAD') return rule.read;
	return rule.actions ? rule.actions[actionName(search)] : rule.write;
}

/**
 * Every permission of Cap Libre, decided in this one module. Routes, form actions and CLI commands name the
 * permission they need; nothing else compares roles.
 *
 * - administrator: accounts, catalogue, settings, retention, audit log, personal-data requests;
 * - finance officer: imports, licence lines, assumptions, scenarios, reports;
 * - elected official: read-only dashboards, progress, scenarios and reports; no raw lines, no import files.
 */
export const ROLES = ['admin', 'finance', 'elected'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
	viewDashboard: ['admin', 'finance', 'elected'],
	viewScenarios: ['admin', 'finance', 'elected'],
	viewSovereignty: ['admin', 'finance', 'elected'],
	viewReports: ['admin', 'finance', 'elected'],
	viewPrivacyNotice: ['admin', 'finance', 'elected'],
	viewRawLines: ['admin', 'finance'],
	importFiles: ['admin', 'finance'],
	editAssumptions: ['admin', 'finance'],
	manageScenarios: ['admin', 'finance'],
	exportData: ['admin', 'finance'],
	editCatalogue: ['admin', 'finance'],
	manageUsers: ['admin'],
	editSettings: ['admin'],
	viewAuditLog: ['admin'],
	managePersonalData: ['admin']
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The one question every route asks: may a user with this role do that? */
export function can(role: Role | null | undefined, permission: Permission): boolean {
	return role != null && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Permissions granted to a role, for the interface to show only what a user may use. */
export function permissionsOf(role: Role | null | undefined): Permission[] {
	return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

export const canViewRawLines = (role: Role | null | undefined) => can(role, 'viewRawLines');
export const canImportFiles = (role: Role | null | undefined) => can(role, 'importFiles');
export const canEditAssumptions = (role: Role | null | undefined) => can(role, 'editAssumptions');
export const canManageUsers = (role: Role | null | undefined) => can(role, 'manageUsers');

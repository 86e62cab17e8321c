/**
 * Google Workspace admin console "Annuaire > Utilisateurs > Télécharger les utilisateurs" (`[Required]` /
 * `[READ ONLY]` headers, `yyyy/mm/dd hh:mm:ss` or `Never logged in`, sizes like `0.84GB`). Per-app
 * "last used" columns follow the admin's UI language (`Gmail (Web): Fecha del último uso`, values such as
 * `Nunca`), so they are found by pattern. One 'Google Workspace' record per user: active when the account
 * is active and has signed in at least once; activityCount = apps with a last-use date.
 */
import { toMatchKey } from '../header';
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { readAgentKey } from './records';

const PRODUCT = 'Google Workspace';
const LAST = /\b(?:derniere?|ultim[oa]|last)\b/;
const USE = /\b(?:utilisation|usage|activite|actividad|uso|used|activity)\b/;
const ACTIVE_STATUS = /^(?:active|actif|activee?|activo|aktiv)$/;

/** Columns such as `Classroom: Fecha del último uso` or `Drive : date de la dernière activité`. */
function findLastUsedColumns(header: readonly string[]): number[] {
	const found: number[] = [];
	header.forEach((h, i) => {
		const key = toMatchKey(h);
		const colon = key.indexOf(':');
		if (colon > 0 && LAST.test(key.slice(colon)) && USE.test(key.slice(colon))) found.push(i);
	});
	return found;
}

export const googleWorkspaceUsers = defineProfile({
	id: 'google-workspace-users',
	label: 'Google Workspace — liste des utilisateurs',
	category: 'usage',
	machineWritten: true,
	fields: {
		firstName: ['first name', 'prenom'],
		lastName: ['last name', 'nom'],
		email: ['email address', 'adresse e-mail', 'adresse email', 'e-mail address'],
		password: ['password', 'mot de passe'],
		hashFunction: ['password hash function'],
		orgUnit: ['org unit path', "chemin de l'unite organisationnelle", 'unite organisationnelle'],
		newEmail: ['new primary email'],
		status: ['status', 'etat', 'statut'],
		lastSignIn: ['last sign in', 'derniere connexion'],
		recoveryEmail: ['recovery email'],
		recoveryPhone: ['recovery phone'],
		workPhone: ['work phone'],
		mobilePhone: ['mobile phone'],
		workAddress: ['work address'],
		homeAddress: ['home address'],
		employeeId: ['employee id'],
		employeeTitle: ['employee title'],
		managerEmail: ['manager email'],
		department: ['department', 'service', 'departement'],
		costCenter: ['cost center'],
		twoSvEnrolled: ['2sv enrolled'],
		emailUsage: ['email usage'],
		driveUsage: ['drive usage'],
		totalStorage: ['total storage']
	},
	tables: [
		['email', 'lastSignIn', 'status'],
		['email', 'lastSignIn', 'orgUnit']
	],
	createMapper(env) {
		const { read, cols: c } = env;
		const appColumns = findLastUsedColumns(read.header);
		return (cells: string[], line: number, out: ImportRecord[]) => {
			let lastActivityDate = read.date(cells, c.lastSignIn);
			let appsUsed = 0;
			for (const i of appColumns) {
				const d = read.date(cells, i, true);
				if (d === null) continue;
				appsUsed++;
				if (lastActivityDate === null || d > lastActivityDate) lastActivityDate = d;
			}
			const status = read.text(cells, c.status);
			const service = read.text(cells, c.department) ?? read.text(cells, c.orgUnit);
			const agentKey = readAgentKey(env, cells, c.email);
			if (read.failed || agentKey === null) return;
			out.push({
				kind: 'usage',
				line,
				agentKey,
				productName: PRODUCT,
				service,
				reportDate: null,
				periodDays: null,
				lastActivityDate,
				activityCount: appColumns.length > 0 ? appsUsed : null,
				active: (status === null || ACTIVE_STATUS.test(toMatchKey(status))) && lastActivityDate !== null,
				licensed: null
			});
		};
	}
});

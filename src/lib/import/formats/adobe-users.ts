/**
 * Adobe Admin Console "Utilisateurs > Exporter la liste des utilisateurs" (14 columns, or 15 with `ID`).
 * One record per product configuration held (comma-joined inside quotes); a user without product gives no
 * record. The export says nothing about use, so records are licensed and not known to be active.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS } from './synonyms';
import { readAgentKey, splitValues } from './records';

export const adobeUsers = defineProfile({
	id: 'adobe-users',
	label: 'Adobe Admin Console — liste des utilisateurs',
	category: 'licences',
	machineWritten: true,
	fields: {
		identityType: ['identity type', "type d'identite"],
		username: ['username', "nom d'utilisateur"],
		domain: ['domain', 'domaine'],
		email: ['email', 'e-mail', 'adresse e-mail'],
		firstName: ['first name', 'prenom'],
		lastName: ['last name', 'nom'],
		country: ['country code', 'code pays'],
		id: ['id'],
		productConfigurations: [
			'product configurations',
			'configurations de produit',
			'product profiles',
			'profils de produit'
		],
		adminRoles: ['admin roles', "roles d'administration"],
		configurationsAdministered: ['product configurations administered'],
		userGroups: ['user groups', "groupes d'utilisateurs"],
		groupsAdministered: ['user groups administered'],
		productsAdministered: ['products administered'],
		developerAccess: ['developer access'],
		autoAssigned: ['auto assigned products'],
		service: FIELD_SYNONYMS.service
	},
	tables: [['identityType', 'productConfigurations']],
	createMapper(env) {
		const { read, cols: c } = env;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const products = splitValues(read.text(cells, c.productConfigurations), /,/);
			const service = read.text(cells, c.service);
			// Federated and Enterprise IDs may leave Email empty and identify the user by Username alone.
			const agentColumn = read.text(cells, c.email) === null && c.username >= 0 ? c.username : c.email;
			const agentKey = readAgentKey(env, cells, agentColumn >= 0 ? agentColumn : c.username);
			if (read.failed || agentKey === null) return;
			for (const productName of products) {
				out.push({
					kind: 'usage',
					line,
					agentKey,
					productName,
					service,
					reportDate: null,
					periodDays: null,
					lastActivityDate: null,
					activityCount: null,
					active: false,
					licensed: true
				});
			}
		};
	}
});

/**
 * Microsoft 365 admin center "Utilisateurs actifs > Exporter les utilisateurs" (Licenses column: display
 * names joined by `+`, "Unlicensed" when none) and the Entra admin center "Télécharger les utilisateurs"
 * (attribute names as headers, no licence column). One record per licence (licensed, not known to be
 * active); an Entra download gives one 'Microsoft Entra ID' record per account. Names, phones and
 * addresses are matched only so the format is recognised: they are never read.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { readAgentKey, splitValues } from './records';

const NO_LICENCE = /^(?:unlicensed|sans licence|aucune licence|aucune|none|non attribue)$/i;
const ENTRA_PRODUCT = 'Microsoft Entra ID';

export const ms365UsersExport = defineProfile({
	id: 'ms365-users-export',
	label: 'Microsoft 365 / Entra — liste des utilisateurs et de leurs licences',
	category: 'licences',
	machineWritten: true,
	fields: {
		upn: ['user principal name', 'userprincipalname', "nom d'utilisateur principal"],
		displayName: ['display name', 'displayname', "nom d'affichage", 'nom complet'],
		firstName: ['first name', 'givenname', 'prenom'],
		lastName: ['last name', 'surname', 'nom de famille'],
		licenses: ['licenses', 'licences', 'licence'],
		licenseDetails: ['license assignment details', "details d'attribution de licence"],
		department: ['department', 'service', 'departement'],
		blockCredential: ['block credential', 'blocage de la connexion'],
		accountEnabled: ['accountenabled', 'account enabled', 'compte active'],
		objectId: ['object id', 'objectid', "id d'objet"],
		usageLocation: ['usage location', 'usagelocation'],
		whenCreated: ['when created', 'createddatetime'],
		userType: ['usertype', 'user type'],
		mail: ['mail'],
		jobTitle: ['title', 'jobtitle', 'fonction'],
		phone: ['phone number', 'telephonenumber', 'mobile phone', 'mobile'],
		city: ['city'],
		street: ['street address', 'streetaddress'],
		postalCode: ['postal code', 'postalcode']
	},
	tables: [
		['upn', 'licenses', 'displayName'],
		['upn', 'displayName', 'accountEnabled'],
		['upn', 'displayName', 'objectId']
	],
	createMapper(env) {
		const { read, cols: c } = env;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const service = read.text(cells, c.department);
			const licences = c.licenses >= 0 ? splitValues(read.text(cells, c.licenses), /\+/) : [ENTRA_PRODUCT];
			const agentKey = readAgentKey(env, cells, c.upn);
			if (read.failed || agentKey === null) return;
			for (const productName of licences) {
				if (NO_LICENCE.test(productName)) continue;
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
					licensed: productName === ENTRA_PRODUCT ? null : true
				});
			}
		};
	}
});

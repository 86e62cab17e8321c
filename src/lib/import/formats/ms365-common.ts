/**
 * Header synonyms shared by the Microsoft 365 usage reports (Graph `reports` API and admin-center exports,
 * headers in English even for French tenants; a few French variants are accepted in case the UI localises them).
 */
export const MS365_REFRESH_DATE = [
	'report refresh date',
	"date d'actualisation du rapport",
	'date de mise a jour du rapport'
];
export const MS365_UPN = ['user principal name', "nom d'utilisateur principal", 'utilisateur principal'];
export const MS365_LAST_ACTIVITY = [
	'last activity date',
	'date de la derniere activite',
	'date de derniere activite'
];
export const MS365_PERIOD = ['report period', 'periode du rapport'];
export const MS365_IS_DELETED = ['is deleted', 'est supprime'];
export const MS365_ASSIGNED_PRODUCTS = ['assigned products', 'produits attribues'];

/** Products of an `Assigned Products` cell are upper-case names joined by `+`. */
export const PLUS_SEPARATOR = /\+/;

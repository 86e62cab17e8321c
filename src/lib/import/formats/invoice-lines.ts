/**
 * Invoice lines and licence lists kept by hand in Excel fr-FR (cp1252, `;`, `1 234,56 €`, `Oui/Non`), or sent
 * by a reseller: no fixed layout, so every field has a wide synonym list (see synonyms.ts). One licence
 * record per line; credit notes keep their negative amounts.
 */
import { createLicenceLineMapper } from './licence-line';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS as S } from './synonyms';

export const invoiceLines = defineProfile({
	id: 'invoice-lines',
	label: 'Factures et listes de licences (tableur)',
	category: 'spend',
	fields: {
		productName: S.productName,
		vendor: S.vendor,
		seats: S.seats,
		unitPrice: S.unitPrice,
		amountExclTax: S.amountExclTax,
		tax: S.tax,
		amountInclTax: S.amountInclTax,
		date: S.date,
		termStart: S.termStart,
		termEnd: S.termEnd,
		service: S.service,
		account: S.account,
		supplier: S.supplier,
		reference: S.reference,
		billing: [
			'periodicite',
			'frequence',
			'frequence de facturation',
			'facturation',
			'periode de facturation',
			'billing period'
		],
		// Not "période de facturation" (a frequency, see billing) nor "validité" ("1 an": a duration).
		period: ['periode', 'periode couverte', "periode d'abonnement", 'periode de validite'],
		renewal: ['reconduction tacite', 'tacite reconduction', 'reconduction'],
		comment: ['commentaire', 'commentaires', 'remarque', 'remarques', 'observations', 'notes']
	},
	tables: [
		['productName', 'amountExclTax'],
		['productName', 'amountInclTax'],
		['productName', 'unitPrice'],
		['productName', 'seats', 'supplier'],
		['productName', 'seats', 'vendor'],
		['productName', 'seats', 'termEnd'],
		['productName', 'seats', 'service']
	],
	createMapper(env) {
		return createLicenceLineMapper(env, env.cols);
	}
});

/**
 * DECP (données essentielles de la commande publique) flattened to CSV: v2 dotted paths (`acheteur.id`,
 * `titulaires.0.id`) or the v1 / SCDL 2017 names (`MARCHE_ID`, `CPV_CODE`, `TITULAIRES_DENOMINATION`).
 * One licence record per contract: amount excl. VAT, term from the notification date plus `dureeMois`.
 * v2 has no holder name, only a SIRET, which is used as supplier.
 */
import type { ImportRecord } from '../types';
import { addDays, addMonths } from '../normalise-dates';
import { defineProfile } from './profile';
import { createLicenceRecord } from './records';

export const decp = defineProfile({
	id: 'decp',
	label: 'DECP — données essentielles des marchés publics',
	category: 'spend',
	machineWritten: true,
	fields: {
		id: ['id', 'marche_id', 'identifiant du marche'],
		buyer: ['acheteur.id', 'acheteurs_id', 'acheteur_id', 'acheteur.siret'],
		buyerName: ['acheteur.nom', 'acheteurs_nom'],
		nature: ['nature', 'nature_marche'],
		objet: ['objet', 'marche_objet'],
		cpv: ['codecpv', 'cpv_code', 'code cpv'],
		procedure: ['procedure'],
		duration: ['dureemois', 'duree_mois'],
		notification: ['datenotification', 'notification_date'],
		publication: ['datepublicationdonnees', 'publication_date'],
		amount: ['montant'],
		priceForm: ['formeprix', 'prix_forme'],
		priceTypes: ['typesprix'],
		holderId: ['titulaires.0.id', 'titulaires.0.titulaire.id', 'titulaires_id', 'titulaire.id'],
		holderIdType: [
			'titulaires.0.typeidentifiant',
			'titulaires.0.titulaire.typeidentifiant',
			'titulaires_id_type'
		],
		holderName: [
			'titulaires.0.denominationsociale',
			'titulaires_denomination',
			'titulaires.0.titulaire.denominationsociale'
		],
		techniques: ['techniques'],
		innovative: ['marcheinnovant'],
		ccag: ['ccag'],
		place: ['lieuexecution.code', 'lieu_exec_code']
	},
	tables: [
		['id', 'objet', 'cpv', 'amount'],
		['id', 'cpv', 'notification']
	],
	createMapper(env) {
		const { read, cols: c, format } = env;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const reference = read.required(cells, c.id, 'l’identifiant du marché');
			const amountExclTaxCents = read.cents(cells, c.amount);
			const notified = read.date(cells, c.notification);
			const months = read.number(cells, c.duration);
			if (read.failed || reference === null) return;
			const termEnd =
				notified !== null && months !== null && months > 0
					? addDays(addMonths(notified, Math.round(months)), -1)
					: null;
			if (notified !== null) env.state.notePeriod(notified, notified);
			out.push(
				createLicenceRecord({
					key: `${format}|${read.text(cells, c.buyer) ?? ''}|${reference}`,
					line,
					productName: read.text(cells, c.objet) ?? reference,
					amountExclTaxCents,
					billingPeriod: months !== null && months > 12 ? 'multi-year' : null,
					date: notified,
					termStart: notified,
					termEnd,
					supplier: read.text(cells, c.holderName) ?? read.text(cells, c.holderId),
					reference,
					cpvCode: read.text(cells, c.cpv)
				})
			);
		};
	}
});

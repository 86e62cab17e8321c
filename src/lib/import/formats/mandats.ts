/**
 * Expense lines ("mandats") exported by a commune's finance software: a title block (commune, budget,
 * period, "Édité le … par …") before the header, then the lines, a `TOTAL GÉNÉRAL` line and a footer
 * (`Nombre de mandats : 10`), amounts with U+202F thousands. No public schema: open vocabulary. One licence
 * record per line, keyed by exercice + mandat number + account + label + amount (a mandat may have several
 * lines). Communes book VAT included, so `Montant TTC` is the amount actually spent.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { createKeyDeduper, createLicenceRecord, extractAccount, joinKey } from './records';

/** A mandat that was cancelled or rejected: no money was paid. */
const CANCELLED = /annul|rejet/i;

export const mandats = defineProfile({
	id: 'mandats',
	label: 'Logiciel financier — liste des mandats',
	category: 'spend',
	identifiedRows: true,
	fields: {
		year: ['exercice', 'annee', 'exercice budgetaire'],
		number: [
			'n° mandat',
			'no mandat',
			'n mandat',
			'numero de mandat',
			'numero mandat',
			'n° de mandat',
			'n°mandat',
			'num mandat',
			'num. mandat',
			'numero du mandat',
			'mandat'
		],
		slip: ['n° bordereau', 'no bordereau', 'numero de bordereau', 'bordereau', 'n° de bordereau'],
		date: [
			'date emission',
			"date d'emission",
			'date de mandatement',
			'date du mandat',
			'date mandat',
			'date'
		],
		account: ['imputation', 'compte', 'nature', 'compte budgetaire', 'article'],
		function: ['fonction', 'code fonction', 'fonctionnel'],
		service: ['service', 'service gestionnaire', 'gestionnaire', 'direction'],
		supplier: ['tiers', 'fournisseur', 'beneficiaire', 'creancier', 'nom du tiers', 'raison sociale'],
		label: ['objet', 'libelle', 'designation', 'objet du mandat', 'libelle du mandat'],
		amountExclTax: ['montant ht', 'ht', 'mt ht', 'mt. ht'],
		tax: ['tva', 'montant tva'],
		amountInclTax: ['montant ttc', 'ttc', 'mt ttc', 'mt. ttc', 'montant mandate', 'montant'],
		invoice: ['n° facture', 'reference facture', 'facture', 'ref. facture'],
		commitment: ['n° engagement', 'engagement'],
		status: ['statut', 'etat', 'statut du mandat', 'etat du mandat']
	},
	tables: [
		['number', 'account', 'amountInclTax'],
		['number', 'account', 'amountExclTax']
	],
	createMapper(env) {
		const { read, cols: c, format } = env;
		const dedupe = createKeyDeduper();
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const number = read.required(cells, c.number, 'le numéro du mandat');
			const year = read.text(cells, c.year);
			const date = read.date(cells, c.date);
			const amountExclTaxCents = read.cents(cells, c.amountExclTax);
			const taxCents = read.cents(cells, c.tax);
			const amountInclTaxCents = read.cents(cells, c.amountInclTax);
			const account = extractAccount(read.required(cells, c.account, 'le compte d’imputation'));
			if (read.failed || number === null) return;
			const status = read.text(cells, c.status);
			if (status !== null && CANCELLED.test(status)) {
				env.state.warnOnce(
					'mandat-cancelled',
					`Ligne ${line} : mandat ${number} « ${status} » : il n’est pas compté dans les dépenses, pas plus que les autres mandats annulés ou rejetés du fichier.`
				);
				return;
			}
			const productName = read.freeText(cells, c.label) ?? `Mandat ${number}`;
			if (date !== null) env.state.notePeriod(date, date);
			out.push(
				createLicenceRecord({
					key: dedupe(
						// Numbering restarts every year: without an exercice column, the date's year tells them apart.
						joinKey(
							format,
							year ?? date?.slice(0, 4) ?? null,
							number,
							account,
							productName,
							amountInclTaxCents ?? amountExclTaxCents
						)
					),
					line,
					productName,
					amountExclTaxCents,
					taxCents,
					amountInclTaxCents,
					date,
					service: read.freeText(cells, c.service) ?? read.text(cells, c.function),
					account,
					supplier: read.freeText(cells, c.supplier),
					reference: read.freeText(cells, c.invoice) ?? (year !== null ? `${year}-${number}` : number)
				})
			);
		};
	}
});

/**
 * SCDL "budget" 0.8.3 (schema.data.gouv.fr): 22 `BGT_*` fields. amountCents = BGT_MTREAL (amount actually
 * spent or received); budget documents without realised amounts fall back to the opened credits
 * (BGT_CREDOUV), then the forecast (BGT_MTPREV), then the new proposals (BGT_MTPROPNOUV).
 */
import type { ImportRecord } from '../types';
import { parseFlow, parseSection } from './budget';
import { defineProfile } from './profile';
import { createKeyDeduper } from './records';

export const scdlBudget = defineProfile({
	id: 'scdl-budget',
	label: 'Budget au format SCDL',
	category: 'budget',
	fields: {
		natdec: ['bgt_natdec'],
		annee: ['bgt_annee'],
		siret: ['bgt_siret'],
		nom: ['bgt_nom'],
		contnat: ['bgt_contnat'],
		contnatLabel: ['bgt_contnat_label'],
		nature: ['bgt_nature'],
		natureLabel: ['bgt_nature_label'],
		fonction: ['bgt_fonction'],
		fonctionLabel: ['bgt_fonction_label'],
		operation: ['bgt_operation'],
		section: ['bgt_section'],
		opbudg: ['bgt_opbudg'],
		codrd: ['bgt_codrd'],
		mtreal: ['bgt_mtreal'],
		mtbudgprec: ['bgt_mtbudgprec'],
		mtrarprec: ['bgt_mtrarprec'],
		mtpropnouv: ['bgt_mtpropnouv'],
		mtprev: ['bgt_mtprev'],
		credouv: ['bgt_credouv'],
		mtrar3112: ['bgt_mtrar3112'],
		artspe: ['bgt_artspe']
	},
	tables: [
		['contnat', 'natdec'],
		['contnat', 'mtreal'],
		['nature', 'mtreal']
	],
	createMapper(env) {
		const { read, cols: c, format } = env;
		// Two lines of the same account in one document (two « décisions modificatives ») are two lines.
		const dedupe = createKeyDeduper();
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const year = read.number(cells, c.annee);
			const account = read.text(cells, c.contnat) ?? read.text(cells, c.nature);
			const realised = read.cents(cells, c.mtreal);
			const opened = read.cents(cells, c.credouv);
			const forecast = read.cents(cells, c.mtprev);
			const proposed = read.cents(cells, c.mtpropnouv);
			if (account === null)
				read.fail(
					c.contnat >= 0 ? c.contnat : c.nature,
					'missing-value',
					'valeur vide (attendu : le compte).'
				);
			const amountCents = realised ?? opened ?? forecast ?? proposed;
			if (amountCents === null)
				read.fail(c.mtreal, 'missing-value', 'aucun montant (attendu : BGT_MTREAL ou BGT_CREDOUV).');
			if (read.failed || account === null || amountCents === null) return;
			if (year !== null) env.state.notePeriod(`${year}-01-01`, `${year}-12-31`);
			const key = [
				c.siret,
				c.annee,
				c.natdec,
				c.contnat,
				c.nature,
				c.fonction,
				c.operation,
				c.codrd,
				c.opbudg
			]
				.map((i) => read.text(cells, i) ?? '')
				.join('|');
			out.push({
				kind: 'budget',
				key: dedupe(`${format}|${key}`),
				line,
				year,
				account,
				accountLabel: read.text(cells, c.contnatLabel) ?? read.text(cells, c.natureLabel),
				section: parseSection(read.text(cells, c.section), account),
				amountCents,
				source: 'scdl-budget',
				flow: parseFlow(read.text(cells, c.codrd))
			});
		};
	}
});

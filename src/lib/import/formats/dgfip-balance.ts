/**
 * DGFiP "balances comptables des communes" (data.economie.gouv.fr): one line per budget × account ×
 * function. amountCents = OBNETDEB (budgetary debits net of cancellations: the expense actually made) for
 * expense accounts, OBNETCRE for class 7 (revenue) accounts. `NDEPT`, `INSEE`, `COMPTE` stay text
 * (leading zeros).
 */
import type { ImportRecord } from '../types';
import { sectionOfAccount } from './budget';
import { defineProfile } from './profile';

export const dgfipBalance = defineProfile({
	id: 'dgfip-balance',
	label: 'DGFiP — balance comptable',
	category: 'budget',
	fields: {
		exer: ['exer', 'exercice'],
		ident: ['ident'],
		ndept: ['ndept'],
		lbudg: ['lbudg'],
		insee: ['insee'],
		cbudg: ['cbudg'],
		ctype: ['ctype'],
		cstyp: ['cstyp'],
		nomen: ['nomen'],
		siren: ['siren'],
		categ: ['categ'],
		bal: ['bal'],
		fonction: ['fonction'],
		compte: ['compte'],
		bedeb: ['bedeb'],
		becre: ['becre'],
		obnetdeb: ['obnetdeb'],
		obnetcre: ['obnetcre'],
		onbdeb: ['onbdeb'],
		onbcre: ['onbcre'],
		sd: ['sd'],
		sc: ['sc']
	},
	tables: [['exer', 'compte', 'obnetdeb']],
	createMapper(env) {
		const { read, cols: c, format } = env;
		let firstBudget: string | null = null;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const year = read.number(cells, c.exer);
			const account = read.required(cells, c.compte, 'le numéro de compte');
			const debit = read.cents(cells, c.obnetdeb);
			const credit = read.cents(cells, c.obnetcre);
			if (read.failed || account === null) return;
			// The open-data file covers every commune and budget: sums by account only mean something for one.
			const budget = `${read.text(cells, c.ident) ?? read.text(cells, c.siren) ?? read.text(cells, c.insee) ?? ''} ${read.text(cells, c.cbudg) ?? ''}`;
			firstBudget ??= budget;
			if (budget !== firstBudget)
				env.state.warnOnce(
					'dgfip-several-budgets',
					`Ligne ${line} : ce fichier contient les balances de plusieurs collectivités ou budgets (${firstBudget.trim()}, ${budget.trim()}…) ; leurs montants s’ajoutent dans les totaux par compte. Filtrez le fichier sur votre collectivité et son budget principal avant de l’importer.`
				);
			const revenue = account.startsWith('7');
			if (year !== null) env.state.notePeriod(`${year}-01-01`, `${year}-12-31`);
			out.push({
				kind: 'budget',
				key: `${format}|${year ?? ''}|${read.text(cells, c.ident) ?? read.text(cells, c.siren) ?? ''}|${read.text(cells, c.cbudg) ?? ''}|${account}|${read.text(cells, c.fonction) ?? ''}`,
				line,
				year,
				account,
				accountLabel: null,
				section: sectionOfAccount(account),
				amountCents: (revenue ? credit : debit) ?? 0,
				source: 'dgfip-balance',
				flow: revenue ? 'revenue' : account.startsWith('6') || account.startsWith('2') ? 'expense' : null
			});
		};
	}
});

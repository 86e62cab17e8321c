/**
 * Public accounting files: DGFiP "balances comptables des communes" (open data, `;`, `.` decimals assumed
 * but decided per column) and SCDL "budget" 0.8.3. One budget record per line. Sections follow the M57/M14
 * account classes when the file does not say: classes 1–2 investissement, 6–7 fonctionnement.
 */
import type { BudgetRecord } from '../types';

/** Section implied by the account class (first digit). */
export function sectionOfAccount(account: string): BudgetRecord['section'] {
	const c = account.charAt(0);
	if (c === '1' || c === '2') return 'investissement';
	if (c === '6' || c === '7') return 'fonctionnement';
	return null;
}

/** Section from a cell ("investissement", "Fonctionnement", "I", "F"), else from the account class. */
export function parseSection(v: string | null, account: string): BudgetRecord['section'] {
	const s = (v ?? '').trim().toLowerCase();
	if (s.startsWith('i')) return 'investissement';
	if (s.startsWith('f')) return 'fonctionnement';
	return sectionOfAccount(account);
}

/** Flow from SCDL BGT_CODRD ("dépense"/"recette", "D"/"R"); null when unknown. */
export function parseFlow(v: string | null): BudgetRecord['flow'] {
	const s = (v ?? '').trim().toLowerCase();
	if (s.startsWith('d')) return 'expense';
	if (s.startsWith('r')) return 'revenue';
	return null;
}

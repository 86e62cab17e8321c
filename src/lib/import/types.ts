/**
 * Types shared by the pure CSV pipeline (decode → sniff → parse → format profile → normalise → validate)
 * and by the server service that commits its output. Nothing here does I/O.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ';' | ',' | '\t' | '|';

/** A per-line problem, in French, naming the line (as Excel numbers rows, 1-based) and the column. */
export interface ImportIssue {
	line: number | null;
	column: string | null;
	code: string;
	message: string;
}

export type SkipReason = 'blank' | 'separators' | 'title' | 'total' | 'footer' | 'table-header';

export interface SkippedLine {
	line: number;
	reason: SkipReason;
}

/** A whole-file rejection: nothing is written. */
export interface Rejection {
	code: string;
	message: string;
}

export type FormatId =
	| 'ms365-apps-usage'
	| 'ms365-active-users'
	| 'ms365-teams-activity'
	| 'ms365-onedrive-usage'
	| 'ms365-email-activity'
	| 'ms365-users-export'
	| 'ms365-subscribed-skus'
	| 'google-workspace-users'
	| 'adobe-users'
	| 'zoom-participants'
	| 'glpi-software'
	| 'glpi-licences'
	| 'invoice-lines'
	| 'mandats'
	| 'dgfip-balance'
	| 'scdl-budget'
	| 'decp'
	| 'custom';

export type BillingPeriod = 'monthly' | 'annual' | 'multi-year' | 'one-off';

/**
 * A line of spend or of paid seats: an invoice line, a mandat, a contract, a subscribed SKU, a GLPI licence.
 * Money is integer cents (HT = excluding VAT, TTC = including VAT); dates are ISO yyyy-mm-dd.
 */
export interface LicenceRecord {
	kind: 'licence';
	/** Stable key of the row inside its source (e.g. invoice number + line label): re-imports never double it. */
	key: string;
	line: number;
	productName: string;
	vendor: string | null;
	sku: string | null;
	seats: number | null;
	/** Seats actually assigned, when the file says (subscribed SKUs' consumedUnits). */
	seatsAssigned: number | null;
	unitPriceCents: number | null;
	amountExclTaxCents: number | null;
	taxCents: number | null;
	amountInclTaxCents: number | null;
	billingPeriod: BillingPeriod | null;
	date: string | null;
	termStart: string | null;
	termEnd: string | null;
	/** Cost centre or service ("Service", "Direction", "Fonction"…). */
	service: string | null;
	/** Accounting account (M57/M14 "compte"/"imputation"), e.g. "6156". */
	account: string | null;
	supplier: string | null;
	reference: string | null;
	/** Free, viral or trial SKUs: kept for the record, excluded from cost figures. */
	excluded: boolean;
	status: string | null;
	/** True when the file says the seat count is unlimited ("Illimité"); `seats` is then null. */
	seatsUnlimited?: boolean;
	/** Public-procurement CPV code (DECP), e.g. "48000000". */
	cpvCode?: string | null;
}

/**
 * One (pseudonymous) agent × one product over a report period. Never holds a raw identifier once written.
 * Its natural key is (report date, product, agent): the writer keeps it unique, so it carries no `key`.
 */
export interface UsageRecord {
	kind: 'usage';
	line: number;
	/** Keyed HMAC pseudonym computed through the context's pseudonymise(); never an e-mail or a name. */
	agentKey: string;
	productName: string;
	service: string | null;
	/** Report refresh date (yyyy-mm-dd); usage reports give it, user lists use their export date if any. */
	reportDate: string | null;
	periodDays: number | null;
	lastActivityDate: string | null;
	/** Sum of the activity counters the file gives for this product (messages, meetings, apps used…). */
	activityCount: number | null;
	/** Whether the agent used the product during the report period. */
	active: boolean;
	/** Whether the agent holds a paid licence for the product, when the file says. */
	licensed: boolean | null;
}

/** A software inventory line (GLPI): what is installed, not what is paid. */
export interface InventoryRecord {
	kind: 'inventory';
	key: string;
	line: number;
	productName: string;
	vendor: string | null;
	versions: string[];
	installations: number | null;
	licences: number | null;
	entity: string | null;
	/** True when GLPI shows "Illimité" for the licence count; `licences` is then null. */
	licencesUnlimited?: boolean;
}

/** A budget or accounting line per account (DGFiP balance, SCDL budget). */
export interface BudgetRecord {
	kind: 'budget';
	key: string;
	line: number;
	year: number | null;
	account: string;
	accountLabel: string | null;
	section: 'investissement' | 'fonctionnement' | null;
	amountCents: number;
	source: 'dgfip-balance' | 'scdl-budget';
	/** Expense or revenue line (SCDL BGT_CODRD; DGFiP: class 7 accounts are revenue), null when unknown. */
	flow?: 'expense' | 'revenue' | null;
}

export type ImportRecord = LicenceRecord | UsageRecord | InventoryRecord | BudgetRecord;

/** The records that are written one by one (usage records are written in batches, see usage-batch.ts). */
export type LineRecord = LicenceRecord | InventoryRecord | BudgetRecord;

/** What the pure pipeline needs from outside (the keyed hash lives on the server). */
export interface ImportContext {
	pseudonymise(identifier: string): string;
}

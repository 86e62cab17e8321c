/** Types of the column mapping a user confirms for a file that matches no known profile. */

export type MappableField =
	| 'productName'
	| 'vendor'
	| 'seats'
	| 'unitPrice'
	| 'amountExclTax'
	| 'amountInclTax'
	| 'tax'
	| 'date'
	| 'termStart'
	| 'termEnd'
	| 'service'
	| 'account'
	| 'supplier'
	| 'reference'
	| 'agentId'
	| 'lastActivityDate';

export interface CustomMapping {
	kind: 'custom';
	target: 'licence' | 'usage';
	/** Field → header name, as written in the file. */
	columns: Partial<Record<MappableField, string>>;
}

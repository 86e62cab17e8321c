/** A chart's accessible alternative: a one-paragraph summary and the data as a table (RGAA). */
export interface DataTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

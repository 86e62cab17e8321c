/**
 * The council report as data: a JSON-serialisable document made of sections and blocks. report-data.ts
 * assembles it from the domain; render-pdf.ts lays it out on A4. Every string is printed literally (user text
 * such as imported product names included), so callers pre-format numbers (formatEuros, formatPercent…).
 */
import type { ChartConfiguration } from 'chart.js';

export interface ReportMeta {
	/** Document title, on the cover and in the PDF metadata (shown by viewers instead of the file name). */
	title: string;
	/** Short title for the running header; defaults to `title`. */
	shortTitle?: string;
	subtitle?: string;
	/** The commune or grouping, e.g. "Mairie de Saint-Martin". */
	organisation: string;
	/** e.g. "Exercice 2025" or "du 1er janvier au 31 décembre 2025". */
	periodLabel: string;
	/** ISO 8601 date-time; becomes the PDF CreationDate, so two renders of the same data are identical. */
	generatedAt: string;
	/** The author's role, never a person's name (e.g. "Direction des finances"). */
	authorRole: string;
	/** PDF Subject metadata; defaults to the subtitle or the title. */
	subject?: string;
	keywords?: string[];
	lang: 'fr';
}

export interface KeyFigure {
	label: string;
	/** Already formatted, e.g. "12 345 €" with U+202F thousands. */
	value: string;
	/** One sentence that says what the figure means. */
	sentence: string;
}

export interface TableColumn {
	label: string;
	/** Numbers and amounts are right-aligned so digits line up. */
	align: 'left' | 'right';
}

export interface ChartDataTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

export type Block =
	| { kind: 'paragraph'; text: string }
	| { kind: 'keyFigures'; figures: KeyFigure[] }
	| { kind: 'table'; caption: string; columns: TableColumn[]; rows: string[][]; note?: string }
	| {
			kind: 'chart';
			title: string;
			/** The same pure config the screen uses (src/lib/charts); no callbacks, so it stays serialisable. */
			config: ChartConfiguration;
			/** One sentence printed under the chart and used as the figure's alternative text. */
			summary: string;
			/** The chart's data, printed in the appendix. */
			table: ChartDataTable;
	  }
	| { kind: 'bulletList'; items: string[] }
	| { kind: 'definitionList'; items: { term: string; definition: string }[] }
	| { kind: 'callout'; tone: 'info' | 'warning'; text: string };

export type BlockKind = Block['kind'];

export interface ReportSection {
	/** Stable identifier (PDF named destination, tests). */
	id: string;
	title: string;
	blocks: Block[];
}

/** Fixed wording of the document furniture; French defaults live in pdf-labels.ts. */
export interface ReportLabels {
	contents: string;
	appendixTitle: string;
	appendixIntro: string;
	/** '{n}' and '{total}' are replaced. */
	pageOf: string;
	continued: string;
	generatedOn: string;
	preparedBy: string;
	period: string;
	info: string;
	warning: string;
	/** '{n}' is replaced by the figure number. */
	figure: string;
	/** Shown in the appendix under each chart table: '{n}' is replaced by the figure number. */
	dataOfFigure: string;
}

export interface ReportData {
	meta: ReportMeta;
	sections: ReportSection[];
	/** Overrides of the furniture wording (e.g. from the message catalogue). */
	labels?: Partial<ReportLabels>;
}

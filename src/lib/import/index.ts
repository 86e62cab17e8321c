/**
 * Public API of the pure CSV import pipeline (no I/O: usable by the server service, the CLI and the browser).
 * Stages: checkBytes → detectEncoding → decodeBytes → sniffLayout → parseRecords / streamRecords →
 * detectFormat (or guessMapping) → createRowProcessor().push() per record → finish().
 */
export { checkBytes, checkText, decodeBytes, detectEncoding } from './decode';
export { decpJsonToCsv, looksLikeJson, MAX_JSON_BYTES, type DecpJsonRows } from './decp-json';
export { sniffLayout, type Layout } from './sniff';
export { formatRecords, parseRecords, streamRecords } from './parse';
export {
	detectFormat,
	getProfile,
	matchFormat,
	normaliseHeader,
	PROFILES,
	type FormatCategory,
	type FormatMatch,
	type FormatProfile
} from './formats/index';
export {
	createRowProcessor,
	type ProcessSummary,
	type RowProcessor,
	type RowProcessorOptions
} from './validate';
export {
	CUSTOM_FORMAT_LABEL,
	guessMapping,
	headerSignature,
	type CustomMapping,
	type MappableField
} from './mapping';
export { analyseBytes, analyseText, DEFAULT_MAX_BYTES, type AnalysisResult } from './analyse';
export { classifyLine, type LineClass } from './classify';
export {
	decideDecimalSeparator,
	parseBoolean,
	parseBytes,
	parseCents,
	parseCount,
	parseDurationSeconds,
	parseNumber,
	UNLIMITED,
	type DecimalSeparator,
	type Unlimited
} from './normalise';
export { decideDateOrder, isNeverLiteral, parseDate, type DateOrder } from './normalise-dates';
export type * from './types';

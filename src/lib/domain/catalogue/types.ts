/**
 * Types of the catalogue of equivalents: proprietary product families, the open-source alternatives that
 * replace them, and the sourced default figures the savings model starts from. Everything here is plain
 * JSON (no Map, no Date, no class) because the catalogue is stored per organisation and edited in the UI.
 */
import type { Cents } from '../money';
import type { HostingKind, ProductCategory } from '../product';

/** A figure read in a public source: where, and when (ISO 8601, reduced to yyyy-mm or yyyy if the source is). */
export interface SourcedFigure<T> {
	value: T;
	source: string;
	date: string;
	/** How the value was derived from the source (division, conversion…), in French. */
	note?: string;
}

/** A figure that no public source gave (NF in docs/domain-reference.md): an explicit, editable assumption. */
export interface AssumedFigure<T> {
	value: T;
	kind: 'assumption';
	/** Why this value, in French: shown to users next to the figure. */
	note: string;
}

export type SourcedValue<T> = SourcedFigure<T> | AssumedFigure<T>;

/** What one "seat" is for a product family: an agent, a computer, or a whole site/instance. */
export const SEAT_UNITS = ['user', 'device', 'site'] as const;
export type SeatUnit = (typeof SEAT_UNITS)[number];

export const PRICE_PERIODS = ['month', 'year'] as const;
export type PricePeriod = (typeof PRICE_PERIODS)[number];

/** A proprietary product family, e.g. "Microsoft 365 Business Standard" or "Windows 10 ESU". */
export interface CatalogueEntry {
	/** kebab-case, stable: referenced by scenarios and the database. */
	id: string;
	name: string;
	vendor: string | null;
	/** ISO 3166-1 alpha-2; null when the entry groups several vendors (e.g. "proprietary CMS"). */
	vendorCountry: string | null;
	category: ProductCategory;
	licenceModel: 'proprietary';
	hosting: HostingKind | null;
	openFormats: boolean | null;
	/** Names, SKU part numbers and report labels that identify the family in imported files. */
	synonyms: string[];
	seatUnit: SeatUnit;
	/** List price excl. VAT per seat and per `pricePeriod`, in cents. */
	unitPrice: SourcedValue<Cents>;
	pricePeriod: PricePeriod;
	/**
	 * Per-seat price for each successive year when it is not flat (Windows 10 ESU: years 1, 2, 3), in cents
	 * per seat per year. Years past the end of the schedule cost nothing (the offer ends).
	 */
	priceScheduleCentsPerYear: SourcedValue<Cents[]> | null;
	/** Annualised hardware renewal the product forces (e.g. Windows 11 requirements), avoided when migrated. */
	forcedHardwareCentsPerSeatYear: SourcedValue<Cents> | null;
	/** End of vendor support, ISO date, when it drives the decision (Windows 10: 2025-10-14). */
	endOfSupportDate: string | null;
	/** Open-source alternative ids, best default first. */
	alternativeIds: string[];
	/** Plain-French caveats shown in the UI. */
	notes: string | null;
}

/** Difficulty of a migration, 1 (trivial) to 5 (very hard). */
export type Difficulty = 1 | 2 | 3 | 4 | 5;

/** An open-source product that can replace one or more catalogue entries. */
export interface Alternative {
	id: string;
	name: string;
	/** Publisher or steward (foundation, company, administration). */
	vendor: string | null;
	vendorCountry: string | null;
	category: ProductCategory;
	licenceModel: 'open-source';
	/** SPDX licence expression; null when mixed or not verified. */
	spdxId: string | null;
	/** Numeric id on code.gouv.fr/sill; null when not verified (never guessed). */
	sillId: number | null;
	/** Numeric id on comptoir-du-libre.org; null when not verified (never guessed). */
	comptoirDuLibreId: number | null;
	hostingOptions: HostingKind[];
	openFormats: boolean | null;
	/** Names seen in inventories (GLPI…) for this product, to recognise it when already deployed. */
	synonyms: string[];
	seatUnit: SeatUnit;
	/** One-off cost per migrated seat (services, template/macro conversion, data migration), in cents. */
	oneOffCentsPerSeat: SourcedValue<Cents>;
	/** Support, subscription and hosting per seat per year, in cents. */
	recurringCentsPerSeatYear: SourcedValue<Cents>;
	/** Training days per migrated agent. */
	trainingDaysPerAgent: SourcedValue<number>;
	difficulty: SourcedValue<Difficulty>;
	notes: string | null;
}

/** The whole catalogue, as stored per organisation. */
export interface Catalogue {
	/** Bumped when the shape changes, so stored copies can be migrated. */
	schemaVersion: 1;
	/** ISO date of the last edit of the figures. */
	updated: string;
	entries: CatalogueEntry[];
	alternatives: Alternative[];
}

/** True when the figure is an assumption rather than a sourced value. */
export function isAssumption<T>(figure: SourcedValue<T>): figure is AssumedFigure<T> {
	return 'kind' in figure && figure.kind === 'assumption';
}

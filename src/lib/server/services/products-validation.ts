/**
 * Checks the attributes typed on a product's page (form strings) and turns them into column values and
 * sovereignty extras, with a French message per invalid field. Pure: no I/O.
 */
import type { Catalogue } from '../../domain/catalogue';
import { HOSTING_KINDS, LICENCE_MODELS, PRODUCT_CATEGORIES } from '../../domain/product';
import { KEY_CUSTODIES, SUPPLY_CHAIN_ORIGINS } from '../../domain/sovereignty';
import type { ProductAttributeColumns } from '../repositories/products.repository';
import { findCatalogueItem, type ProductExtras } from './sovereignty-attributes';

export const ATTRIBUTE_FIELDS = [
	'vendor',
	'vendorCountry',
	'category',
	'licenceModel',
	'spdxId',
	'hosting',
	'openFormats',
	'catalogueId',
	'sillId',
	'comptoirId',
	'documentedOpenExport',
	'providerCount',
	'keyCustody',
	'supplyChain'
] as const;
export type AttributeField = (typeof ATTRIBUTE_FIELDS)[number];

/** What a form sends: every field optional, as text; '' means "unknown". */
export type ProductAttributesInput = Partial<Record<AttributeField, string | null>>;

export interface ValidAttributes {
	columns: ProductAttributeColumns;
	extras: ProductExtras;
}

export type ValidationResult =
	{ ok: true; value: ValidAttributes } | { ok: false; errors: Partial<Record<AttributeField, string>> };

const MAX_VENDOR = 120;

function clean(value: string | null | undefined): string | null {
	const text = value?.trim() ?? '';
	return text === '' ? null : text;
}

function pickEnum<T extends string>(
	value: string | null,
	allowed: readonly T[]
): { value: T | null; valid: boolean } {
	if (value === null) return { value: null, valid: true };
	const found = allowed.find((a) => a === value);
	return found === undefined ? { value: null, valid: false } : { value: found, valid: true };
}

function parseBoolean(value: string | null): { value: boolean | null; valid: boolean } {
	if (value === null) return { value: null, valid: true };
	const v = value.toLowerCase();
	if (v === 'true' || v === 'oui') return { value: true, valid: true };
	if (v === 'false' || v === 'non') return { value: false, valid: true };
	return { value: null, valid: false };
}

/**
 * Validates and normalises the attributes: trimmed texts, country upper-cased (ISO 3166-1 alpha-2), enums
 * among the known values, booleans from true/false (or oui/non), ids of the SILL and Comptoir du Libre as
 * digits, provider count a whole number 1–999, SPDX id only for free software, catalogue id existing.
 */
export function validateProductAttributes(
	input: ProductAttributesInput,
	catalogue: Catalogue
): ValidationResult {
	const errors: Partial<Record<AttributeField, string>> = {};
	const vendor = clean(input.vendor);
	if (vendor !== null && vendor.length > MAX_VENDOR)
		errors.vendor = `Le nom du fournisseur ne doit pas dépasser ${MAX_VENDOR} caractères.`;
	const country = clean(input.vendorCountry)?.toUpperCase() ?? null;
	if (country !== null && !/^[A-Z]{2}$/.test(country))
		errors.vendorCountry = 'Indiquez le pays par son code à deux lettres (FR, DE, US…).';
	const category = pickEnum(clean(input.category) ?? 'other', PRODUCT_CATEGORIES);
	if (!category.valid) errors.category = 'Choisissez une catégorie dans la liste.';
	const licence = pickEnum(clean(input.licenceModel), LICENCE_MODELS);
	if (!licence.valid) errors.licenceModel = 'Choisissez « libre », « propriétaire » ou « inconnue ».';
	const spdxId = clean(input.spdxId);
	if (spdxId !== null && !/^[A-Za-z0-9.+\-() ]{1,100}$/.test(spdxId))
		errors.spdxId = 'Identifiant SPDX invalide (exemples : MPL-2.0, AGPL-3.0-or-later).';
	else if (spdxId !== null && licence.value === 'proprietary')
		errors.spdxId = 'Un identifiant SPDX ne s’applique qu’à un logiciel libre.';
	const hosting = pickEnum(clean(input.hosting), HOSTING_KINDS);
	if (!hosting.valid) errors.hosting = 'Choisissez un hébergement dans la liste.';
	const openFormats = parseBoolean(clean(input.openFormats));
	if (!openFormats.valid) errors.openFormats = 'Répondez « oui », « non » ou « inconnu ».';
	const catalogueId = clean(input.catalogueId);
	if (catalogueId !== null && findCatalogueItem(catalogue, catalogueId) === null)
		errors.catalogueId = 'Cette entrée n’existe pas dans le catalogue.';
	const sillId = clean(input.sillId);
	if (sillId !== null && !/^\d{1,7}$/.test(sillId))
		errors.sillId = 'L’identifiant SILL est un nombre (visible dans l’adresse de la fiche sur code.gouv.fr).';
	const comptoirId = clean(input.comptoirId);
	if (comptoirId !== null && !/^\d{1,7}$/.test(comptoirId))
		errors.comptoirId = 'L’identifiant Comptoir du Libre est un nombre (visible dans l’adresse de la fiche).';
	const documentedOpenExport = parseBoolean(clean(input.documentedOpenExport));
	if (!documentedOpenExport.valid) errors.documentedOpenExport = 'Répondez « oui », « non » ou « inconnu ».';
	const providers = clean(input.providerCount);
	if (providers !== null && (!/^\d{1,3}$/.test(providers) || Number(providers) < 1))
		errors.providerCount = 'Le nombre de prestataires est un nombre entier de 1 à 999.';
	const keyCustody = pickEnum(clean(input.keyCustody), KEY_CUSTODIES);
	if (!keyCustody.valid) errors.keyCustody = 'Choisissez qui détient les clés dans la liste.';
	const supplyChain = pickEnum(clean(input.supplyChain), SUPPLY_CHAIN_ORIGINS);
	if (!supplyChain.valid) errors.supplyChain = 'Choisissez une origine dans la liste.';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			columns: {
				vendor,
				vendorCountry: country,
				category: category.value ?? 'other',
				licenceModel: licence.value,
				spdxId,
				hosting: hosting.value,
				openFormats: openFormats.value,
				catalogueId
			},
			extras: {
				sillId,
				comptoirId,
				documentedOpenExport: documentedOpenExport.value,
				providerCount: providers === null ? null : Number(providers),
				keyCustody: keyCustody.value,
				supplyChain: supplyChain.value
			}
		}
	};
}

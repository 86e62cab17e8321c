/**
 * Builders for the figures of the default catalogue, and the sources they cite
 * (as listed in docs/domain-reference.md, with their dates).
 */
import type { Cents } from '../money';
import type { AssumedFigure, SourcedFigure } from './types';

export const SRC = {
	m365France2022: 'silicon.fr/office-365-nouveau-pricing-france-433418.html',
	m365Eur2026: 'riverflowsbv.com/en/kennisbank/microsoft-365-prijzen',
	m365Usd2026: 'informatiquenews.fr ; servola.de ; npifinancial.com ; tkly.com',
	windowsEsu: 'news-24.fr ; notebookcheck.biz ; flyingsupporter.ch',
	googleWorkspace: 'api-evangelist/google-workspace plans (fichier généré automatiquement ⚠)',
	zoom: 'api-evangelist/zoom plans (fichier généré automatiquement ⚠)',
	dropbox: 'api-evangelist/dropbox plans',
	businessCentral: 'api-evangelist/navision plans',
	collabora: 'listarchives.documentfoundation.org/www/board-discuss/2020/msg00312.html',
	hostedNextcloud: 'linuxfabrik.ch',
	toulouse:
		'next.ink/22295/88935-toulouse-economie-million-deuros-en-basculant-doffice-a-libreoffice ; numerama.com/magazine/30128',
	rennes: '20minutes.fr/rennes/2135135 ; francebleu.fr',
	munich: 'itworld.com/…/switching-linux-saves-munich-over-11-million',
	pdfsamLicence: 'github.com/torakiki/pdfsam pdfsam-basic/src/deb/doc/copyright',
	sogoLicence: 'github.com/Alinto/sogo README.md'
} as const;

/**
 * Dollar prices are converted at this rate, an assumption stated on every converted figure: the sources
 * give no euro price and no rate. 0.86 €/$ is the order of magnitude of late 2025; edit it per figure.
 */
export const USD_TO_EUR_ASSUMED = 0.86;

/** A figure read in a source. */
export function sourced<T>(value: T, source: string, date: string, note?: string): SourcedFigure<T> {
	return note === undefined ? { value, source, date } : { value, source, date, note };
}

/** A stated assumption (NF in the domain reference). */
export function assumed<T>(value: T, note: string): AssumedFigure<T> {
	return { value, kind: 'assumption', note };
}

/**
 * A dollar list price turned into euro cents: an assumption, because the rate is assumed.
 * Formula: cents = round(usd × 100 × USD_TO_EUR_ASSUMED). The note keeps the published dollar figure.
 */
export function fromUsd(usd: number, source: string, date: string, what: string): AssumedFigure<Cents> {
	const cents = Math.round(usd * 100 * USD_TO_EUR_ASSUMED);
	const usdText = usd.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
	return assumed(
		cents,
		`${what} : ${usdText} $ (${source}, ${date}), converti au taux supposé de 0,86 € pour 1 $ ; prix en euros non trouvé.`
	);
}

/** Prudent rule for proprietary prices not found: 0 €, so no saving is claimed until the invoiced price is entered. */
export function unknownPrice(detail = ''): AssumedFigure<Cents> {
	const parts = [
		'Prix public non trouvé (NF).',
		detail,
		"Valeur 0 € par prudence : saisissez le prix facturé pour chiffrer l'économie."
	];
	return assumed(0, parts.filter((part) => part !== '').join(' '));
}

import { en } from './en';
import { fr, type Messages } from './fr';

export type Lang = 'fr' | 'en';
export type { Messages };

const catalogues: Record<Lang, Messages> = { fr, en };

/** The catalogue of a language (French unless English is asked for). */
export function getMessages(lang: Lang): Messages {
	return catalogues[lang];
}

export { countWith, format, formatDateTime } from './format';

/**
 * The interface is French. English is a choice the user makes (stored with their account), or asked for on one
 * page with ?lang=en (the login page, before any account); a browser's language settings are not enough.
 */
export function pickLang(explicit: string | null, chosen: Lang | null | undefined): Lang {
	if (explicit === 'en' || explicit === 'fr') return explicit;
	return chosen ?? 'fr';
}

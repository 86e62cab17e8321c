import { en } from './en';
import { fr, type Messages } from './fr';

export type Lang = 'fr' | 'en';
export type { Messages };

const catalogues: Record<Lang, Messages> = { fr, en };

/** The catalogue of a language (French unless English is asked for). */
export function getMessages(lang: Lang): Messages {
	return catalogues[lang];
}

export { format } from './format';

/** French unless the browser's first preferred language is English. */
export function pickLang(acceptLanguage: string | null, explicit: string | null): Lang {
	if (explicit === 'en' || explicit === 'fr') return explicit;
	const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
	return first.startsWith('en') ? 'en' : 'fr';
}

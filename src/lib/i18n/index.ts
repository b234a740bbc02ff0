import { ko } from './ko';
import type { Locale, Widen } from './messages';

export type Messages = Widen<typeof ko>;
export type { Locale } from './messages';
export { locales } from './messages';

/** The source catalogue, always loaded: the app opens in Korean. */
export const korean: Messages = ko;

/** A language's catalogue; other languages than Korean load on demand (a separate chunk). */
export async function loadCatalogue(locale: Locale): Promise<Messages> {
	if (locale === 'ko') return ko;
	return (await import('./en')).en;
}

/** Whether a stored value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return value === 'ko' || value === 'en';
}

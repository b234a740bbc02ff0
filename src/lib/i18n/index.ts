import { en } from './en';
import { ko } from './ko';
import type { Locale, Widen } from './messages';

export type Messages = Widen<typeof ko>;
export type { Locale } from './messages';
export { locales } from './messages';

/** Every language's catalogue, by locale. */
export const catalogues: Record<Locale, Messages> = { ko, en };

/** Whether a stored value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return value === 'ko' || value === 'en';
}

import { ko } from './ko';
import type { Locale, Widen } from './messages';
import type { reportsKo } from './reports.ko';
import type { screensKo } from './screens.ko';

/** The messages every screen can use (loaded with the first screen). */
export type BaseMessages = Widen<typeof ko>;
/** The messages of the screens other than the first (loaded by the root layout before they render). */
export type ScreenMessages = Widen<typeof screensKo>;
/** The messages of the report screens (loaded by the reports layout before they render). */
export type ReportMessages = Widen<typeof reportsKo>;
export type Messages = BaseMessages & ScreenMessages & ReportMessages;
export type { Locale } from './messages';
export { locales } from './messages';

/** The source catalogue, always loaded: the app opens in Korean. */
export const korean: BaseMessages = ko;

/** A language's base catalogue; other languages than Korean load on demand (a separate chunk). */
export async function loadCatalogue(locale: Locale): Promise<BaseMessages> {
	if (locale === 'ko') return ko;
	return (await import('./en')).en;
}

/** A language's catalogue of the screens other than the first (a separate chunk per language). */
export async function loadScreenCatalogue(locale: Locale): Promise<ScreenMessages> {
	if (locale === 'ko') return (await import('./screens.ko')).screensKo;
	return (await import('./screens.en')).screensEn;
}

/** A language's report-screen catalogue (a separate chunk per language). */
export async function loadReportCatalogue(locale: Locale): Promise<ReportMessages> {
	if (locale === 'ko') return (await import('./reports.ko')).reportsKo;
	return (await import('./reports.en')).reportsEn;
}

/** Whether a stored value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return value === 'ko' || value === 'en';
}

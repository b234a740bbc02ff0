/** Names and times of IVR events as the run screen shows them. */
import type { IvrEvent } from '$lib/domain/record';
import { dateTimeFormat, localeTag, numberFormat } from '$lib/i18n/format';
import type { Locale, Messages } from '$lib/i18n';

/** The event as a person says it: "상담사 연결", "메뉴 1 → 2단계". */
export function eventName(e: IvrEvent, t: Messages['ivr']): string {
	if (e.type === 'menu' && e.key !== undefined) return t.menuEvent(e.key, e.level ?? 0);
	return t.events[e.type];
}

/** A wall-clock time with seconds ("오후 3:04:05") in the given zone. */
export function wallTime(ms: number, locale: Locale, timeZone: string): string {
	return dateTimeFormat(localeTag(locale), { timeStyle: 'medium', timeZone }).format(ms);
}

/** Seconds with at most one decimal ("12.3"). */
export function seconds(ms: number, locale: Locale): string {
	return numberFormat(localeTag(locale), { maximumFractionDigits: 1 }).format(ms / 1000);
}

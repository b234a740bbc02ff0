import { percentText, scoreText } from '../domain/scoring/format-score';
import type { Locale } from './messages';

/** The time zone every date is shown in unless the user picks another. */
export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

const tags: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };

/** The BCP 47 tag used with Intl for a locale. */
export function localeTag(locale: Locale): string {
	return tags[locale];
}

// Building an Intl formatter loads locale data and is slow (milliseconds on a phone); a report
// formats hundreds of numbers, so each formatter is built once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A shared `Intl.NumberFormat` for the locale tag and options. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${tag}|${JSON.stringify(options)}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(tag, options)));
	return f;
}

/** A shared `Intl.DateTimeFormat` for the locale tag and options. */
export function dateTimeFormat(
	tag: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const key = `${tag}|${JSON.stringify(options)}`;
	let f = dateFormats.get(key);
	if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(tag, options)));
	return f;
}

/** A date and time (epoch ms) in the given time zone, e.g. "2026. 11. 25. 오후 3:04". */
export function formatDateTime(ms: number, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
	return dateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
		ms
	);
}

/** A calendar date (epoch ms) in the given time zone. */
export function formatDate(ms: number, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
	return dateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone }).format(ms);
}

/** A duration as h:mm:ss or m:ss, the way a stopwatch shows it. Negative values count as 0. */
export function formatClock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A duration in words ("1분 5초", "1 min, 5 sec"), for screen readers and reports. */
export function formatDuration(ms: number, locale: Locale): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const parts: [number, 'hour' | 'minute' | 'second'][] = [
		[Math.floor(total / 3600), 'hour'],
		[Math.floor((total % 3600) / 60), 'minute'],
		[total % 60, 'second']
	];
	const shown = parts.filter(([n], i) => n > 0 || (i === 2 && total === 0));
	const list = shown.map(([n, unit]) =>
		numberFormat(tags[locale], { style: 'unit', unit, unitDisplay: 'short' }).format(n)
	);
	return locale === 'ko' ? list.join(' ') : list.join(', ');
}

/** A byte count with a binary unit (KB = 1024 B), one decimal from MB up. */
export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit >= 2 ? 1 : 0;
	const n = numberFormat(tags[locale], { maximumFractionDigits: digits }).format(value);
	return `${n} ${units[unit]}`;
}

/**
 * A score 0–100 as every screen shows it: one decimal, rounded half away from zero, never cut
 * ('80.0'), or '–' for no score. The same text as the CSV exports (docs/scoring.md).
 */
export function formatScore(score: number | null | undefined): string {
	return scoreText(score);
}

/** A share 0–1 as a percentage number ('82', or '82.5' with one digit), '–' when unknown. */
export function formatPercent(share: number | null | undefined, digits = 0): string {
	return percentText(share, digits);
}

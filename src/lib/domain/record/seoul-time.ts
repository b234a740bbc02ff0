/**
 * Calendar arithmetic in Asia/Seoul. Korea has kept UTC+9 without daylight saving since 1988,
 * so a fixed offset is exact for every date this app sees, and much faster than Intl.
 */
import type { Evaluation, TimeSlot } from './evaluation';

export const SEOUL_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** Minutes after Seoul midnight (0 … 1439) of an epoch-ms instant. */
export function seoulMinuteOfDay(ms: number): number {
	const local = ms + SEOUL_OFFSET_MS;
	return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/**
 * Default time slot of a contact made at `ms`, in Seoul local time:
 * morning 06:00–11:59, lunch 12:00–12:59, afternoon 13:00–17:59, evening 18:00–20:59,
 * night 21:00–05:59.
 */
export function timeSlotOf(ms: number): TimeSlot {
	const m = seoulMinuteOfDay(ms);
	if (m < 6 * 60) return 'night';
	if (m < 12 * 60) return 'morning';
	if (m < 13 * 60) return 'lunch';
	if (m < 18 * 60) return 'afternoon';
	if (m < 21 * 60) return 'evening';
	return 'night';
}

/** `YYYY-MM` of the Seoul calendar month containing `ms`. */
export function seoulMonthKey(ms: number): string {
	const d = new Date(ms + SEOUL_OFFSET_MS);
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** ISO 8601 week key `YYYY-Www` (week-numbering year) of the Seoul date containing `ms`. */
export function seoulIsoWeekKey(ms: number): string {
	const local = new Date(ms + SEOUL_OFFSET_MS);
	const day = local.getUTCDay() || 7; // Monday 1 … Sunday 7
	// The Thursday of this week decides the week-numbering year.
	const thursday = Date.UTC(
		local.getUTCFullYear(),
		local.getUTCMonth(),
		local.getUTCDate() + 4 - day
	);
	const year = new Date(thursday).getUTCFullYear();
	const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Epoch ms of a Seoul local date (`YYYY-MM-DD`) and time (`HH:MM`). */
export function seoulLocalToEpoch(date: string, time: string): number {
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0) - SEOUL_OFFSET_MS;
}

/**
 * When the contact happened: 상담 일시 (consultedAt date + from) if recorded, else the IVR
 * stopwatch start, else the record's creation. Used for period filters and trends.
 */
export function occurredAt(e: Pick<Evaluation, 'consultedAt' | 'ivr' | 'createdAt'>): number {
	if (e.consultedAt) return seoulLocalToEpoch(e.consultedAt.date, e.consultedAt.from);
	return e.ivr.startedAt ?? e.createdAt;
}

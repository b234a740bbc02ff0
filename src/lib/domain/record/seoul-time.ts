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
	return slotOfMinute(seoulMinuteOfDay(ms));
}

/** The time slot of a Seoul local minute of the day (0 … 1439); see `timeSlotOf`. */
function slotOfMinute(m: number): TimeSlot {
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

/** `YYYY-MM-DD` of the Seoul calendar date containing `ms`. */
export function seoulDate(ms: number): string {
	return new Date(ms + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** YYYY-MM-DD → weekday of that calendar date. */
export function weekdayOf(date: string): Weekday {
	const d = new Date(`${date}T00:00:00Z`).getUTCDay();
	return weekdays[(d + 6) % 7]!;
}

/**
 * The time slot of a contact: the slot of 상담 일시's start (Seoul local) when it is recorded,
 * whatever the record was started as; only without it the record's own `timeSlot`.
 */
export function contactSlot(e: Pick<Evaluation, 'consultedAt' | 'timeSlot'>): TimeSlot {
	if (!e.consultedAt) return e.timeSlot;
	const [h, m] = e.consultedAt.from.split(':').map(Number);
	return slotOfMinute((h ?? 0) * 60 + (m ?? 0));
}

/** The weekday of a contact: of 상담 일시's date when recorded, else of the Seoul date it occurred. */
export function contactWeekday(e: Pick<Evaluation, 'consultedAt' | 'ivr' | 'createdAt'>): Weekday {
	return weekdayOf(e.consultedAt?.date ?? seoulDate(occurredAt(e)));
}

/**
 * When the contact happened: 상담 일시 (consultedAt date + from) if recorded, else the IVR
 * stopwatch start, else the record's creation. Used for period filters and trends.
 */
export function occurredAt(e: Pick<Evaluation, 'consultedAt' | 'ivr' | 'createdAt'>): number {
	if (e.consultedAt) return seoulLocalToEpoch(e.consultedAt.date, e.consultedAt.from);
	return e.ivr.startedAt ?? e.createdAt;
}

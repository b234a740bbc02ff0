/**
 * The calendar a programme is planned in. Campaigns carry no time zone of their own: every
 * programme runs in Asia/Seoul (fixed UTC+9, see record/seoul-time.ts), so every date a screen
 * proposes is a Seoul date — between 00:00 and 09:00 in Seoul the UTC date is still yesterday.
 */
import { seoulDate } from '../record/seoul-time';
import { holidayOn, holidaysKnown, type Holiday } from './korean-holidays';

/** The time zone of every programme (campaigns have none of their own). */
export const PROGRAMME_TIME_ZONE = 'Asia/Seoul';

/** Days in a plan's default period: four weeks from today. */
export const DEFAULT_PLAN_DAYS = 28;

const DAY = 86_400_000;

/** The date `days` days after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Every date from `from` to `to` inclusive (YYYY-MM-DD). */
export function datesBetween(from: string, to: string): string[] {
	const n = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
	return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
}

/** Today in the programme's zone (YYYY-MM-DD). */
export const programmeToday = (now: number): string => seoulDate(now);

/** The period a new plan proposes: today in Seoul and the next four weeks (start before end). */
export function defaultPlanPeriod(now: number): { from: string; to: string } {
	const from = programmeToday(now);
	return { from, to: addDays(from, DEFAULT_PLAN_DAYS - 1) };
}

/** The dates of a period a contact may be scheduled on, and why the others may not. */
export interface WorkingDays {
	dates: string[];
	holidays: Holiday[];
	/** Years in the period with no holiday list: none of their dates is used. */
	unknownYears: number[];
}

/** The dates from `from` to `to` that are neither a public holiday nor in an unlisted year. */
export function workingDays(from: string, to: string): WorkingDays {
	const out: WorkingDays = { dates: [], holidays: [], unknownYears: [] };
	for (const date of datesBetween(from, to)) {
		const holiday = holidayOn(date);
		if (!holidaysKnown(date)) {
			const year = Number(date.slice(0, 4));
			if (!out.unknownYears.includes(year)) out.unknownYears.push(year);
		} else if (holiday) out.holidays.push(holiday);
		else out.dates.push(date);
	}
	return out;
}

/**
 * Korean public holidays (공휴일) on which no contact is scheduled: the days of 「관공서의 공휴일에
 * 관한 규정」 (Presidential Decree; art. 2 the holidays, art. 3 the substitute holidays) with the
 * 「공휴일에 관한 법률」, as announced for each year. Sundays are not listed: a plan chooses its
 * weekdays itself. A year not in `HOLIDAY_YEARS` is unknown: the scheduler uses no date of it and
 * says so, instead of guessing.
 *
 * Verified for 2026 and 2027, date by date:
 * - Lunar dates (설날, 부처님오신날, 추석) by the Korean lunar calendar (KST, UTC+9): 설날 2026-02-17,
 *   2027-02-07 (the new moon falls after midnight in Seoul, so a day after China's 2027-02-06);
 *   부처님오신날 2026-05-24, 2027-05-13; 추석 2026-09-25, 2027-09-15.
 * - Substitute holidays (대체공휴일, art. 3 as amended in 2023): 설날·추석 연휴 overlapping a Sunday
 *   (or another holiday), and 3·1절, 제헌절, 광복절, 개천절, 한글날, 어린이날, 부처님오신날 and
 *   기독탄신일 falling on a Saturday or Sunday (or another holiday) → the next day that is not a
 *   holiday. 신정 and 현충일 get none. 2026: 3/1 Sun → 3/2; 5/24 Sun → 5/25; 8/15 Sat → 8/17
 *   (8/16 is a Sunday); 10/3 Sat → 10/5; 6/6 Sat (현충일) none; 추석 9/24–26 Thu–Sat, no Sunday,
 *   none. 2027: 설날 연휴 2/6–8 holds Sunday 2/7 → 2/9; 7/17 Sat → 7/19; 8/15 Sun → 8/16;
 *   10/3 Sun → 10/4; 10/9 Sat → 10/11; 12/25 Sat → 12/27; 6/6 Sun (현충일) none.
 * - Election days are holidays (art. 2 item 10): the 9th local elections, 2026-06-03. No national
 *   election falls in 2027.
 * - 제헌절 (7/17) is a holiday again from 2026: the 2026 amendment of 「공휴일에 관한 법률」 made
 *   every 국경일 a public holiday (passed January 2026, promulgated February 2026, in force three
 *   months later). Check it against the decree's follow-up amendment when the list is extended.
 * - Not listed: 노동절 (5/1, formerly 근로자의 날) is a paid day off for employees under the labour
 *   law, not a 관공서 공휴일; temporary holidays (임시공휴일) are listed only once designated.
 */

export interface Holiday {
	/** YYYY-MM-DD */
	date: string;
	name: string;
}

/** The years whose holidays are all listed below. */
export const HOLIDAY_YEARS: readonly number[] = [2026, 2027];

/** Where the list comes from, for the screens and the docs. */
export const HOLIDAY_SOURCE =
	'관공서의 공휴일에 관한 규정 · 공휴일에 관한 법률 (2026·2027년 공고 기준)';

export const KOREAN_HOLIDAYS: readonly Holiday[] = [
	{ date: '2026-01-01', name: '신정' },
	{ date: '2026-02-16', name: '설날 연휴' },
	{ date: '2026-02-17', name: '설날' },
	{ date: '2026-02-18', name: '설날 연휴' },
	{ date: '2026-03-01', name: '삼일절' },
	{ date: '2026-03-02', name: '대체공휴일(삼일절)' },
	{ date: '2026-05-05', name: '어린이날' },
	{ date: '2026-05-24', name: '부처님오신날' },
	{ date: '2026-05-25', name: '대체공휴일(부처님오신날)' },
	{ date: '2026-06-03', name: '전국동시지방선거' },
	{ date: '2026-06-06', name: '현충일' },
	{ date: '2026-07-17', name: '제헌절' },
	{ date: '2026-08-15', name: '광복절' },
	{ date: '2026-08-17', name: '대체공휴일(광복절)' },
	{ date: '2026-09-24', name: '추석 연휴' },
	{ date: '2026-09-25', name: '추석' },
	{ date: '2026-09-26', name: '추석 연휴' },
	{ date: '2026-10-03', name: '개천절' },
	{ date: '2026-10-05', name: '대체공휴일(개천절)' },
	{ date: '2026-10-09', name: '한글날' },
	{ date: '2026-12-25', name: '기독탄신일' },
	{ date: '2027-01-01', name: '신정' },
	{ date: '2027-02-06', name: '설날 연휴' },
	{ date: '2027-02-07', name: '설날' },
	{ date: '2027-02-08', name: '설날 연휴' },
	{ date: '2027-02-09', name: '대체공휴일(설날)' },
	{ date: '2027-03-01', name: '삼일절' },
	{ date: '2027-05-05', name: '어린이날' },
	{ date: '2027-05-13', name: '부처님오신날' },
	{ date: '2027-06-06', name: '현충일' },
	{ date: '2027-07-17', name: '제헌절' },
	{ date: '2027-07-19', name: '대체공휴일(제헌절)' },
	{ date: '2027-08-15', name: '광복절' },
	{ date: '2027-08-16', name: '대체공휴일(광복절)' },
	{ date: '2027-09-14', name: '추석 연휴' },
	{ date: '2027-09-15', name: '추석' },
	{ date: '2027-09-16', name: '추석 연휴' },
	{ date: '2027-10-03', name: '개천절' },
	{ date: '2027-10-04', name: '대체공휴일(개천절)' },
	{ date: '2027-10-09', name: '한글날' },
	{ date: '2027-10-11', name: '대체공휴일(한글날)' },
	{ date: '2027-12-25', name: '기독탄신일' },
	{ date: '2027-12-27', name: '대체공휴일(기독탄신일)' }
];

const byDate = new Map(KOREAN_HOLIDAYS.map((h) => [h.date, h]));

/** The holiday on a date (YYYY-MM-DD), if it is one. */
export const holidayOn = (date: string): Holiday | undefined => byDate.get(date);

/** Whether the holiday list covers the year of a date (YYYY-MM-DD). */
export const holidaysKnown = (date: string): boolean =>
	HOLIDAY_YEARS.includes(Number(date.slice(0, 4)));

import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../record/seoul-time';
import { HOLIDAY_YEARS, KOREAN_HOLIDAYS, holidayOn, holidaysKnown } from './korean-holidays';
import * as dates from './programme-dates';

describe('programme dates in Asia/Seoul', () => {
	it('today is the Seoul date: 2026-03-02T16:30Z is 03-03 01:30 in Seoul, not the UTC day', () => {
		const now = Date.parse('2026-03-02T16:30:00Z');
		expect(dates.PROGRAMME_TIME_ZONE).toBe('Asia/Seoul');
		expect(dates.programmeToday(now)).toBe('2026-03-03');
		expect(new Date(now).toISOString().slice(0, 10)).toBe('2026-03-02');
	});

	it('a new plan proposes today in Seoul to four weeks later (start before end)', () => {
		expect(dates.defaultPlanPeriod(Date.parse('2026-03-02T16:30:00Z'))).toEqual({
			from: '2026-03-03',
			to: '2026-03-30'
		});
		// 08:59 in Seoul is still that Seoul day; 09:00 KST is 00:00Z.
		expect(dates.defaultPlanPeriod(Date.parse('2026-12-31T14:59:00Z')).from).toBe('2026-12-31');
		expect(dates.defaultPlanPeriod(Date.parse('2026-12-31T15:00:00Z'))).toEqual({
			from: '2027-01-01',
			to: '2027-01-28'
		});
	});

	it('dates between two days, both included; none when the end is before the start', () => {
		expect(dates.datesBetween('2026-02-27', '2026-03-02')).toEqual([
			'2026-02-27',
			'2026-02-28',
			'2026-03-01',
			'2026-03-02'
		]);
		expect(dates.datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
	});
});

describe('Korean public holidays', () => {
	it('lists the announced 2026 days with their substitutes, and nothing else', () => {
		const y2026 = KOREAN_HOLIDAYS.filter((h) => h.date.startsWith('2026')).map((h) => h.date);
		expect(y2026).toEqual([
			'2026-01-01',
			'2026-02-16',
			'2026-02-17',
			'2026-02-18',
			'2026-03-01',
			'2026-03-02',
			'2026-05-05',
			'2026-05-24',
			'2026-05-25',
			'2026-06-03',
			'2026-06-06',
			'2026-07-17',
			'2026-08-15',
			'2026-08-17',
			'2026-09-24',
			'2026-09-25',
			'2026-09-26',
			'2026-10-03',
			'2026-10-05',
			'2026-10-09',
			'2026-12-25'
		]);
	});

	it('lists 2027 with 설날 2/6–8 + 2/9, 제헌절 7/17 + 7/19 and the Monday substitutes', () => {
		const y2027 = KOREAN_HOLIDAYS.filter((h) => h.date.startsWith('2027')).map((h) => h.date);
		expect(y2027).toEqual([
			'2027-01-01',
			'2027-02-06',
			'2027-02-07',
			'2027-02-08',
			'2027-02-09',
			'2027-03-01',
			'2027-05-05',
			'2027-05-13',
			'2027-06-06',
			'2027-07-17',
			'2027-07-19',
			'2027-08-15',
			'2027-08-16',
			'2027-09-14',
			'2027-09-15',
			'2027-09-16',
			'2027-10-03',
			'2027-10-04',
			'2027-10-09',
			'2027-10-11',
			'2027-12-25',
			'2027-12-27'
		]);
	});

	it('every substitute holiday is a weekday after its holiday, and none is listed twice', () => {
		const dates = KOREAN_HOLIDAYS.map((h) => h.date);
		expect(new Set(dates).size).toBe(dates.length);
		for (const h of KOREAN_HOLIDAYS.filter((x) => x.name.startsWith('대체공휴일'))) {
			expect(['sat', 'sun']).not.toContain(weekdayOf(h.date));
		}
		// 현충일 on a weekend has no substitute (2026-06-06 Sat, 2027-06-06 Sun).
		expect(holidayOn('2026-06-08')).toBeUndefined();
		expect(holidayOn('2027-06-07')).toBeUndefined();
		expect(holidayOn('2026-03-02')?.name).toBe('대체공휴일(삼일절)');
	});

	it('knows the years it lists; a year not listed is unknown, not holiday-free', () => {
		expect(HOLIDAY_YEARS).toEqual([2026, 2027]);
		expect(holidaysKnown('2027-12-31')).toBe(true);
		expect(holidaysKnown('2028-01-03')).toBe(false);
		const days = dates.workingDays('2027-12-30', '2028-01-04');
		expect(days.dates).toEqual(['2027-12-30', '2027-12-31']);
		expect(days.unknownYears).toEqual([2028]);
	});

	it('working days leave out the holidays and say which', () => {
		const days = dates.workingDays('2026-02-27', '2026-03-03');
		expect(days.dates).toEqual(['2026-02-27', '2026-02-28', '2026-03-03']);
		expect(days.holidays.map((h) => h.date)).toEqual(['2026-03-01', '2026-03-02']);
		expect(days.unknownYears).toEqual([]);
	});
});

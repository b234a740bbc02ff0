import { describe, expect, it } from 'vitest';
import {
	occurredAt,
	seoulIsoWeekKey,
	seoulLocalToEpoch,
	seoulMonthKey,
	timeSlotOf
} from './seoul-time';

/** Epoch ms of a Seoul wall-clock time. */
const seoul = (date: string, time = '12:00') => seoulLocalToEpoch(date, time);

describe('Asia/Seoul calendar', () => {
	it('ISO week keys around the 2024/2025 boundary follow the Seoul date, not UTC', () => {
		expect(seoulIsoWeekKey(seoul('2024-12-29'))).toBe('2024-W52'); // Sunday
		expect(seoulIsoWeekKey(seoul('2024-12-30', '00:00'))).toBe('2025-W01'); // Monday 00:00 Seoul
		// Same instant is still Sunday 2024-12-29 15:00 in UTC.
		expect(new Date(seoul('2024-12-30', '00:00')).toISOString()).toBe('2024-12-29T15:00:00.000Z');
		expect(seoulIsoWeekKey(seoul('2024-12-29', '23:59'))).toBe('2024-W52');
	});

	it('ISO week 53 and week 1 of a year starting on Thursday', () => {
		expect(seoulIsoWeekKey(seoul('2021-01-03'))).toBe('2020-W53');
		expect(seoulIsoWeekKey(seoul('2021-01-04'))).toBe('2021-W01');
		expect(seoulIsoWeekKey(seoul('2026-01-01'))).toBe('2026-W01');
		expect(seoulIsoWeekKey(seoul('2027-01-01'))).toBe('2026-W53');
	});

	it('month keys use the Seoul date (UTC 15:00 on the 31st is the 1st in Seoul)', () => {
		expect(seoulMonthKey(Date.UTC(2025, 0, 31, 15, 0))).toBe('2025-02');
		expect(seoulMonthKey(Date.UTC(2025, 0, 31, 14, 59))).toBe('2025-01');
	});

	it('time slot boundaries: 05:59 night, 06:00 morning, 12:00 lunch, 13:00 afternoon, 18:00 evening, 21:00 night', () => {
		const d = '2025-09-01';
		expect(timeSlotOf(seoul(d, '05:59'))).toBe('night');
		expect(timeSlotOf(seoul(d, '06:00'))).toBe('morning');
		expect(timeSlotOf(seoul(d, '11:59'))).toBe('morning');
		expect(timeSlotOf(seoul(d, '12:00'))).toBe('lunch');
		expect(timeSlotOf(seoul(d, '12:59'))).toBe('lunch');
		expect(timeSlotOf(seoul(d, '13:00'))).toBe('afternoon');
		expect(timeSlotOf(seoul(d, '18:00'))).toBe('evening');
		expect(timeSlotOf(seoul(d, '21:00'))).toBe('night');
		expect(timeSlotOf(seoul(d, '00:00'))).toBe('night');
	});

	it('occurredAt prefers 상담 일시, then the IVR start, then createdAt', () => {
		const consultedAt = { date: '2025-09-01', from: '10:30', to: '10:40' };
		expect(occurredAt({ consultedAt, ivr: { startedAt: 5, events: [] }, createdAt: 1 })).toBe(
			Date.UTC(2025, 8, 1, 1, 30)
		);
		expect(occurredAt({ ivr: { startedAt: 5, events: [] }, createdAt: 1 })).toBe(5);
		expect(occurredAt({ ivr: { events: [] }, createdAt: 1 })).toBe(1);
	});
});

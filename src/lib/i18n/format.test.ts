import { describe, expect, it } from 'vitest';
import {
	formatPercent,
	formatScore,
	formatBytes,
	formatClock,
	formatDate,
	formatDateTime,
	formatDuration,
	numberFormat,
	dateTimeFormat
} from './format';

// 2026-11-24T15:30:00Z is 2026-11-25 00:30 in Seoul (UTC+9): the date differs from UTC.
const lateNightUtc = Date.UTC(2026, 10, 24, 15, 30);

describe('formatDateTime', () => {
	it('uses the Asia/Seoul time zone by default (next day in Seoul)', () => {
		expect(formatDate(lateNightUtc, 'en')).toBe('25 Nov 2026');
		expect(formatDateTime(lateNightUtc, 'en')).toBe('25 Nov 2026, 00:30');
	});
	it('formats in Korean', () => {
		expect(formatDate(lateNightUtc, 'ko')).toBe('2026. 11. 25.');
	});
	it('honours another time zone', () => {
		expect(formatDate(lateNightUtc, 'en', 'UTC')).toBe('24 Nov 2026');
	});
});

describe('formatClock', () => {
	it('shows m:ss under an hour', () => {
		expect(formatClock(65_400)).toBe('1:05');
	});
	it('shows h:mm:ss from an hour', () => {
		expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
	});
	it('clamps negative durations to zero', () => {
		expect(formatClock(-5000)).toBe('0:00');
	});
});

describe('formatDuration', () => {
	it('names minutes and seconds in Korean', () => {
		expect(formatDuration(65_000, 'ko')).toBe('1분 5초');
	});
	it('names minutes and seconds in English', () => {
		expect(formatDuration(65_000, 'en')).toBe('1 min, 5 secs');
	});
	it('says zero seconds for an empty duration', () => {
		expect(formatDuration(0, 'en')).toBe('0 secs');
	});
});

describe('formatBytes', () => {
	it('uses binary units', () => {
		expect(formatBytes(1536, 'en')).toBe('2 KB');
		expect(formatBytes(5 * 1024 * 1024 + 100 * 1024, 'en')).toBe('5.1 MB');
	});
	it('keeps small counts in bytes', () => {
		expect(formatBytes(12, 'ko')).toBe('12 B');
	});
});

describe('shared formatters', () => {
	it('gives the same formatter for the same tag and options, another for other options', () => {
		const a = numberFormat('ko-KR', { maximumFractionDigits: 1 });
		expect(numberFormat('ko-KR', { maximumFractionDigits: 1 })).toBe(a);
		expect(numberFormat('ko-KR', { maximumFractionDigits: 2 })).not.toBe(a);
		expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).not.toBe(a);
		expect(a.format(1234.56)).toBe('1,234.6');
	});

	it('keeps date formatters apart by time zone', () => {
		const seoul = dateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Asia/Seoul' });
		const utc = dateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' });
		expect(seoul).not.toBe(utc);
		expect(seoul.format(Date.UTC(2026, 0, 1, 0, 0))).toBe('09:00');
		expect(utc.format(Date.UTC(2026, 0, 1, 0, 0))).toBe('00:00');
	});
});

describe('formatScore and formatPercent (one formatter for every screen)', () => {
	it('rounds to one decimal half away from zero, never cuts: 79.996 → 80.0, 97.35 → 97.4', () => {
		expect(formatScore(79.996)).toBe('80.0');
		expect(formatScore(97.35)).toBe('97.4');
		expect(formatScore(79.949)).toBe('79.9');
		expect(formatScore(100)).toBe('100.0');
		expect(formatScore(null)).toBe('–');
	});

	it('percentages round the same way', () => {
		expect(formatPercent(0.825)).toBe('83');
		expect(formatPercent(0.9995, 1)).toBe('100.0');
		expect(formatPercent(null)).toBe('–');
	});
});

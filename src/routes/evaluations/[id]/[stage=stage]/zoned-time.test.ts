import { describe, expect, it } from 'vitest';
import { fromInputValue, toInputValue } from './zoned-time';

const T = Date.UTC(2025, 8, 1, 1, 0, 0); // 2025-09-01 10:00 in Seoul

describe('datetime-local values in a time zone', () => {
	it('writes and reads Seoul wall time whatever the device zone', () => {
		expect(toInputValue(T, 'Asia/Seoul')).toBe('2025-09-01T10:00');
		expect(fromInputValue('2025-09-01T10:00', 'Asia/Seoul')).toBe(T);
	});

	it('crosses midnight into the next Seoul day', () => {
		const late = Date.UTC(2025, 8, 1, 15, 30);
		expect(toInputValue(late, 'Asia/Seoul')).toBe('2025-09-02T00:30');
		expect(fromInputValue('2025-09-02T00:30', 'Asia/Seoul')).toBe(late);
	});

	it('accepts seconds and rejects empty or malformed values', () => {
		expect(fromInputValue('2025-09-01T10:00:30', 'Asia/Seoul')).toBe(T + 30_000);
		expect(fromInputValue('', 'Asia/Seoul')).toBeNull();
		expect(fromInputValue('10:00', 'Asia/Seoul')).toBeNull();
	});

	it('follows daylight saving in a zone that has it (Berlin, summer vs winter)', () => {
		expect(fromInputValue('2025-07-01T12:00', 'Europe/Berlin')).toBe(Date.UTC(2025, 6, 1, 10));
		expect(fromInputValue('2025-01-01T12:00', 'Europe/Berlin')).toBe(Date.UTC(2025, 0, 1, 11));
		expect(toInputValue(Date.UTC(2025, 6, 1, 10), 'Europe/Berlin')).toBe('2025-07-01T12:00');
	});
});

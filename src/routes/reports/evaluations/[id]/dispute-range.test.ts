import { describe, expect, it } from 'vitest';
import { disputeRange, parseClock } from './dispute-range';

describe('parseClock', () => {
	it('reads m:ss, m:ss.s, h:mm:ss and plain seconds', () => {
		expect(parseClock('1:05')).toBe(65_000);
		expect(parseClock(' 12:30.5 ')).toBe(750_500);
		expect(parseClock('1:02:03')).toBe(3_723_000);
		expect(parseClock('45')).toBe(45_000);
		expect(parseClock('0:00')).toBe(0);
	});

	it('refuses seconds of 60 or more after minutes, letters, empty parts and signs', () => {
		for (const bad of ['1:60', '1:2:60', '1:60:00', 'a:05', '1:', ':05', '-1:00', '1:05:', '1,05'])
			expect(parseClock(bad), bad).toBeUndefined();
	});
});

describe('disputeRange', () => {
	it('is no range when both times are empty', () => {
		expect(disputeRange(' ', '')).toEqual({ ok: true, range: undefined });
	});

	it('is the stretch in ms when both are valid', () => {
		expect(disputeRange('1:05', '1:20.5')).toEqual({
			ok: true,
			range: { startMs: 65_000, endMs: 80_500 }
		});
	});

	it('names the problem: one time missing, a bad time, end not after start, beyond an hour', () => {
		expect(disputeRange('1:05', '')).toEqual({ ok: false, problem: 'needBoth' });
		expect(disputeRange('', '1:05')).toEqual({ ok: false, problem: 'needBoth' });
		expect(disputeRange('1:5x', '2:00')).toEqual({ ok: false, problem: 'badClock' });
		expect(disputeRange('2:00', '2:00')).toEqual({ ok: false, problem: 'endAfterStart' });
		expect(disputeRange('2:00', '1:00')).toEqual({ ok: false, problem: 'endAfterStart' });
		expect(disputeRange('59:00', '1:00:01')).toEqual({ ok: false, problem: 'tooLong' });
		expect(disputeRange('59:00', '1:00:00')).toEqual({
			ok: true,
			range: { startMs: 3_540_000, endMs: 3_600_000 }
		});
	});
});

import { describe, expect, it } from 'vitest';
import { occurredAt } from './record/seoul-time';
import { isStale } from './summary';

const created = Date.UTC(2026, 10, 20, 0, 0);

describe('occurredAt', () => {
	it('상담 일시 wins: 2026-11-25 10:05 Seoul is 01:05 UTC', () => {
		const at = occurredAt({
			consultedAt: { date: '2026-11-25', from: '10:05', to: '10:12' },
			ivr: { startedAt: created + 1000, events: [] },
			createdAt: created
		});
		expect(at).toBe(Date.UTC(2026, 10, 25, 1, 5));
	});

	it('a Seoul time after midnight falls on the previous UTC day', () => {
		const at = occurredAt({
			consultedAt: { date: '2026-01-01', from: '08:30', to: '08:40' },
			ivr: { events: [] },
			createdAt: created
		});
		expect(at).toBe(Date.UTC(2025, 11, 31, 23, 30));
	});

	it('else the IVR start, else the creation time', () => {
		expect(
			occurredAt({ ivr: { startedAt: created + 60_000, events: [] }, createdAt: created })
		).toBe(created + 60_000);
		expect(occurredAt({ ivr: { events: [] }, createdAt: created })).toBe(created);
	});
});

describe('isStale: the reading’s refresh rule on a stored row', () => {
	const read = {
		pendingDeadlines: [1000, 5000],
		timeSlot: 'night' as const,
		weekday: 'tue' as const
	};

	it('holds up to and including its first pending deadline, and is due 1 ms after', () => {
		expect(isStale(read, 999)).toBe(false);
		expect(isStale(read, 1000)).toBe(false);
		expect(isStale(read, 1001)).toBe(true);
		expect(isStale({ ...read, pendingDeadlines: [] }, Number.MAX_SAFE_INTEGER)).toBe(false);
	});

	it('a row written before it held the slot and weekday is due at once', () => {
		expect(isStale({ pendingDeadlines: [] }, 0)).toBe(true);
		expect(isStale({ pendingDeadlines: [], timeSlot: 'night' }, 0)).toBe(true);
	});
});

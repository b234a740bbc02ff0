import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, BACKOFF_MIN_MS, backoffDelay } from './backoff';

describe('back-off', () => {
	it('is nothing before a failure and grows from 2 s to at most 5 min', () => {
		expect(backoffDelay(0, 0.5)).toBe(0);
		expect(backoffDelay(1, 0.999999)).toBeLessThanOrEqual(BACKOFF_MIN_MS);
		expect(backoffDelay(1, 0)).toBe(BACKOFF_MIN_MS / 2);
		const upper = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => backoffDelay(n, 1));
		expect(upper.slice(0, 8)).toEqual([2, 4, 8, 16, 32, 64, 128, 256].map((s) => s * 1000));
		expect(upper.at(-1)).toBe(BACKOFF_MAX_MS);
		expect(backoffDelay(1000, 1)).toBe(BACKOFF_MAX_MS);
	});

	it('with jitter, each step still waits at least as long as the previous step at most', () => {
		for (let n = 1; n < 8; n++) {
			expect(backoffDelay(n + 1, 0)).toBeGreaterThanOrEqual(backoffDelay(n, 1) - 1);
		}
	});
});

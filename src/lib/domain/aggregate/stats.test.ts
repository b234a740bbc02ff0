import { describe, expect, it } from 'vitest';
import { quantileSorted, rate, summarise, wilson } from './stats';

describe('wilson', () => {
	it('8/10 → [0.490, 0.943] (known value)', () => {
		const ci = wilson(8, 10)!;
		expect(ci.low).toBeCloseTo(0.49, 3);
		expect(ci.high).toBeCloseTo(0.9433, 3);
	});
	it('0/10 → [0, 0.278] and 10/10 → [0.722, 1]', () => {
		expect(wilson(0, 10)!.low).toBe(0);
		expect(wilson(0, 10)!.high).toBeCloseTo(0.2775, 3);
		expect(wilson(10, 10)!.low).toBeCloseTo(0.7225, 3);
		expect(wilson(10, 10)!.high).toBeCloseTo(1, 12);
	});
	it('n = 0 → no interval, rate null (never NaN)', () => {
		expect(wilson(0, 0)).toBeNull();
		expect(rate(0, 0)).toEqual({ successes: 0, n: 0, rate: null, low: null, high: null });
	});
	it('fractional successes (partial = 0.5): 1.5/2 behaves as p = 0.75 with n = 2', () => {
		const r = rate(1.5, 2);
		expect(r.rate).toBe(0.75);
		expect(r.low).toBeCloseTo(0.1979, 3);
		expect(r.high).toBeCloseTo(0.9733, 3);
	});
});

describe('quantiles (type 7, linear between closest ranks)', () => {
	const oneToTen = Float64Array.from({ length: 10 }, (_, i) => i + 1);
	it('median of 1…10 is 5.5, p90 is 9.1', () => {
		expect(quantileSorted(oneToTen, 0.5)).toBe(5.5);
		expect(quantileSorted(oneToTen, 0.9)).toBeCloseTo(9.1, 12);
	});
	it('single value and empty list', () => {
		expect(quantileSorted([7], 0.9)).toBe(7);
		expect(quantileSorted([], 0.5)).toBeNull();
	});
});

describe('summarise', () => {
	it('mean, median, min, max and sample SD of 2, 4, 4, 4, 5, 5, 7, 9', () => {
		const s = summarise(Float64Array.from([9, 2, 4, 4, 5, 4, 5, 7]));
		expect(s).toMatchObject({ n: 8, mean: 5, median: 4.5, min: 2, max: 9 });
		expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
	});
	it('one value: SD null; none: all null', () => {
		expect(summarise(Float64Array.from([3])).sd).toBeNull();
		expect(summarise(new Float64Array(0)).mean).toBeNull();
	});
	it('only the first n values of a larger buffer count', () => {
		expect(summarise(Float64Array.from([1, 3, 1000]), 2).mean).toBe(2);
	});
});

import { describe, expect, it } from 'vitest';
import * as t10 from './tenths';

describe('one-decimal figures as tenths', () => {
	it('reads a figure as whole tenths and back, whatever float noise the figure carries', () => {
		expect(t10.toTenths(33.3)).toBe(333);
		expect(t10.toTenths(0.1 + 0.2)).toBe(3);
		expect(t10.toTenths(-10)).toBe(-100);
		expect(t10.fromTenths(333)).toBe(33.3);
		expect(() => t10.toTenths(23.25)).toThrow(RangeError);
		expect(() => t10.toTenths(Number.NaN)).toThrow(RangeError);
	});

	it('subtracts exactly: 33.3 − 13.2 is 20.1, where floats give 20.099999999999998', () => {
		expect(33.3 - 13.2).not.toBe(20.1);
		expect(t10.differenceInTenths(33.3, 13.2)).toBe(201);
		expect(t10.differenceInTenths(13.2, 33.3)).toBe(-201);
	});

	it('±10 between two figures: 10.0 apart is within, 10.1 is not, 20.1 is not', () => {
		expect(t10.withinTolerance(90.0, 80.0, 10)).toBe(true);
		expect(t10.withinTolerance(80.0, 90.0, 10)).toBe(true);
		expect(t10.withinTolerance(90.1, 80.0, 10)).toBe(false);
		expect(t10.withinTolerance(80.0, 90.1, 10)).toBe(false);
		expect(t10.withinTolerance(33.3, 13.2, 10)).toBe(false);
		// Floats read 0.3 − 0.2 as 0.09999999999999998: still exactly 0.1 here.
		expect(t10.withinTolerance(0.3, 0.2, 0.1)).toBe(true);
		expect(t10.withinTolerance(10.3, 0.2, 10.1)).toBe(true);
	});

	it('a mean of figures is an exact fraction; its distances decide ±10 without float slack', () => {
		// 33.3 and 13.2: consensus 23.25 = 465 / 20 t10.tenths; each rater 10.05 away — not within.
		const consensus = t10.meanOfFigures([33.3, 13.2])!;
		expect(consensus).toEqual({ num: 465, den: 2 });
		expect(t10.pointsOf(consensus)).toBe(23.25);
		const high = t10.subtractTenths(t10.tenths(t10.toTenths(33.3)), consensus);
		const low = t10.subtractTenths(t10.tenths(t10.toTenths(13.2)), consensus);
		expect(high).toEqual({ num: 201, den: 2 });
		expect(low).toEqual({ num: -201, den: 2 });
		expect(t10.withinTenths(high, 10)).toBe(false);
		expect(t10.withinTenths(low, 10)).toBe(false);
		// In floats the same two distances fall on either side of 10.05.
		expect(Math.round(Math.abs(33.3 - 23.25) * 10)).not.toBe(
			Math.round(Math.abs(13.2 - 23.25) * 10)
		);
		// 20.0 apart: each exactly 10.0 from the mean — within; 20.2 apart: 10.1 — not.
		const even = t10.meanOfFigures([30.0, 10.0])!;
		expect(t10.withinTenths(t10.subtractTenths(t10.tenths(300), even), 10)).toBe(true);
		expect(t10.withinTenths(t10.subtractTenths(t10.tenths(100), even), 10)).toBe(true);
		const wide = t10.meanOfFigures([30.1, 9.9])!;
		expect(t10.withinTenths(t10.subtractTenths(t10.tenths(301), wide), 10)).toBe(false);
	});

	it('rounds a fraction to whole tenths half away from zero, exactly', () => {
		expect(t10.roundTenths(t10.tenths(465, 2))).toBe(233);
		expect(t10.roundTenths(t10.tenths(-465, 2))).toBe(-233);
		expect(t10.roundTenths(t10.tenths(333, 2))).toBe(167);
		expect(t10.roundTenths(t10.tenths(1001, 12))).toBe(83);
		expect(t10.roundTenths(t10.tenths(167, 2))).toBe(84);
		expect(t10.roundTenths(t10.tenths(0))).toBe(0);
		expect(t10.roundTenths(t10.tenths(-1, 3))).toBe(0);
		expect(Object.is(t10.roundTenths(t10.tenths(-1, 3)), -0)).toBe(false);
	});

	it('keeps fractions in lowest terms with a positive denominator', () => {
		expect(t10.tenths(6, -4)).toEqual({ num: -3, den: 2 });
		expect(t10.tenths(0, 5)).toEqual({ num: 0, den: 1 });
		expect(() => t10.tenths(1, 0)).toThrow(RangeError);
		expect(() => t10.tenths(0.5, 1)).toThrow(RangeError);
	});
});

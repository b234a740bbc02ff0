import { describe, expect, it } from 'vitest';
import { marginOf, planMargins, sizeForMargin, wilsonInterval } from './margin';

// Hand computation, z = 1.959964 (z² = 3.841459):
//   half-width = z / (1 + z²/n) · √(p(1 − p)/n + z²/(4n²))
// n = 100, p = 0.5: 1 + z²/n = 1.0384146; 0.25/100 + 3.841459/40000 = 0.0025960;
//   √ = 0.0509515; × z = 0.0998632; ÷ 1.0384146 = 0.096169 → ± 9.6 points (KSQI's 100 calls).
// n = 12, p = 0.5: 1.3201216; 0.0208333 + 0.0066692 = 0.0275025; √ = 0.165839;
//   × z = 0.325038; ÷ 1.3201216 = 0.246219.
// n = 93: 1.0413060; 0.0026882 + 0.0001110 = 0.0027992; √ = 0.0529079; × z = 0.1036976;
//   ÷ 1.041306 = 0.099584 ≤ 0.10. n = 92: 1.0417550; 0.0027174 + 0.0001135 = 0.0028308;
//   √ = 0.0532054; × z = 0.1042807; ÷ 1.041755 = 0.100101 > 0.10. So ±10 points needs 93.
// n = 381: 1.0100826; 0.00065617 + 0.00000662 = 0.00066278; √ = 0.0257445; × z = 0.0504583;
//   ÷ 1.0100826 = 0.049955 ≤ 0.05. n = 380: 1.0101091; 0.00065789 + 0.00000665 = 0.00066454;
//   √ = 0.0257787; × z = 0.0505253; ÷ 1.0101091 = 0.050020 > 0.05. So ±5 points needs 381.
// 40 passes of 50: centre (0.8 + 0.0384146) / 1.0768292 = 0.778596; half 0.108967
//   → 0.66963 … 0.88756.

describe('the margin of a pass rate (Wilson score interval, 95 %)', () => {
	it('n = 100, p = 0.5 (worst case): ± 9.6 points, the ± 10 KSQI quotes', () => {
		const e = marginOf(100);
		expect(e).toBeCloseTo(0.096169, 5);
		expect(e * 100).toBeGreaterThanOrEqual(9.6);
		expect(e * 100).toBeLessThanOrEqual(9.8);
	});

	it('n = 12, p = 0.5: ± 24.6 points', () => {
		expect(marginOf(12)).toBeCloseTo(0.246219, 5);
	});

	it('an observed rate narrows it: 40 of 50 passed → 0.670 … 0.888', () => {
		const i = wilsonInterval(0.8, 50);
		expect(i.low).toBeCloseTo(0.66963, 4);
		expect(i.high).toBeCloseTo(0.88756, 4);
		expect(i.halfWidth).toBeCloseTo(0.108967, 5);
	});

	it('stays inside 0 … 1 at the edges (all passed, n = 5), and n = 0 knows nothing', () => {
		const i = wilsonInterval(1, 5);
		expect(i.high).toBe(1);
		expect(i.low).toBeGreaterThan(0.5);
		expect(wilsonInterval(0.5, 0)).toEqual({ low: 0, high: 1, halfWidth: 0.5 });
	});
});

describe('the size a margin needs', () => {
	it('± 10 points at p = 0.5 needs 93 contacts (92 gives 10.01)', () => {
		expect(sizeForMargin(0.1)).toBe(93);
		expect(marginOf(92)).toBeGreaterThan(0.1);
		expect(marginOf(93)).toBeLessThanOrEqual(0.1);
	});

	it('± 5 points needs 381; no margin at all cannot be reached', () => {
		expect(sizeForMargin(0.05)).toBe(381);
		expect(marginOf(sizeForMargin(0.05))).toBeLessThanOrEqual(0.05);
		expect(marginOf(sizeForMargin(0.05) - 1)).toBeGreaterThan(0.05);
		expect(sizeForMargin(0)).toBe(Infinity);
	});
});

describe('a plan’s margins', () => {
	it('overall and per slot from the planned counts', () => {
		const cells = [
			{ slot: 'morning', planned: 50 },
			{ slot: 'morning', planned: 50 },
			{ slot: 'night', planned: 12 }
		];
		const m = planMargins(cells, ['morning', 'night', 'lunch']);
		expect(m.overall.n).toBe(112);
		expect(m.bySlot.map((s) => s.n)).toEqual([100, 12, 0]);
		expect(m.bySlot[0]!.margin).toBeCloseTo(0.096169, 5);
		expect(m.bySlot[1]!.margin).toBeCloseTo(0.246219, 5);
		expect(m.bySlot[2]!.margin).toBe(0.5);
	});
});

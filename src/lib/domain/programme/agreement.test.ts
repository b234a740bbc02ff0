import { describe, expect, it } from 'vitest';
import {
	cohensKappa,
	krippendorffAlpha,
	percentAgreement,
	raterCalibration,
	type Rating
} from './agreement';
import { meanOfFigures, tenths } from '../scoring/tenths';

/** Rows of a 2×2 table as two raters' answers: yy, yn, ny, nn counts. */
function fromTable(yy: number, yn: number, ny: number, nn: number): [Rating[], Rating[]] {
	const a: Rating[] = [];
	const b: Rating[] = [];
	const add = (x: string, y: string, count: number) => {
		for (let i = 0; i < count; i++) {
			a.push(x);
			b.push(y);
		}
	};
	add('yes', 'yes', yy);
	add('yes', 'no', yn);
	add('no', 'yes', ny);
	add('no', 'no', nn);
	return [a, b];
}

describe("Cohen's kappa", () => {
	it('matches the textbook 2×2 case (20, 5, 10, 15 of 50 → κ = 0.4)', () => {
		const [a, b] = fromTable(20, 5, 10, 15);
		const k = cohensKappa(a, b);
		expect(k.n).toBe(50);
		expect(k.observed).toBeCloseTo(0.7, 12);
		expect(k.expected).toBeCloseTo(0.5, 12);
		expect(k.kappa).toBeCloseTo(0.4, 12);
		// SE = √(0.7 · 0.3 / (50 · 0.25)) = 0.12961; ± 1.96 SE.
		expect(k.interval!.low).toBeCloseTo(0.4 - 1.959964 * 0.129615, 4);
		expect(k.interval!.high).toBeCloseTo(0.4 + 1.959964 * 0.129615, 4);
	});

	it('matches a second published case (45, 15, 25, 15 of 100 → κ = 0.1304)', () => {
		const [a, b] = fromTable(45, 15, 25, 15);
		// p_o = 0.60, p_e = 0.6·0.7 + 0.4·0.3 = 0.54 → κ = 0.06 / 0.46.
		expect(cohensKappa(a, b).kappa).toBeCloseTo(0.06 / 0.46, 12);
	});

	it('is 1 for perfect agreement, skips units one rater left blank, and is undefined for one category', () => {
		expect(cohensKappa(['a', 'b', 'a', null], ['a', 'b', 'a', 'b']).kappa).toBe(1);
		expect(cohensKappa(['a', 'b', 'a', null], ['a', 'b', 'a', 'b']).n).toBe(3);
		expect(cohensKappa(['a', 'a'], ['a', 'a']).kappa).toBeNull();
	});
});

describe("Krippendorff's alpha", () => {
	// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units,
	// missing values; nominal α = 0.743, interval α = 0.849.
	const M = (s: string) => s.split(' ').map((v) => (v === '.' ? null : v));
	const observers = [
		M('1 2 3 3 2 1 4 1 2 . . .'),
		M('1 2 3 3 2 2 4 1 2 5 . 3'),
		M('. 3 3 3 2 3 4 2 2 5 1 .'),
		M('1 2 3 3 2 4 4 1 2 5 1 .')
	];
	const units = observers[0]!.map((_, u) => observers.map((o) => o[u]!));

	it('matches the published nominal and interval values with missing answers', () => {
		const nominal = krippendorffAlpha(units, 'nominal');
		expect(nominal.pairable).toBe(40);
		expect(nominal.alpha).toBeCloseTo(0.743, 3);
		expect(krippendorffAlpha(units, 'interval').alpha).toBeCloseTo(0.849, 3);
		expect(nominal.interval!.low).toBeLessThanOrEqual(nominal.alpha!);
		expect(nominal.interval!.high).toBeGreaterThanOrEqual(nominal.alpha!);
	});

	it('matches the published two-coder binary case (α = 0.095)', () => {
		const a = M('0 1 0 0 0 0 0 0 1 0');
		const b = M('1 1 1 0 0 1 0 0 0 0');
		const alpha = krippendorffAlpha(
			a.map((x, i) => [x, b[i]!]),
			'nominal'
		).alpha;
		expect(alpha).toBeCloseTo(0.095, 3);
	});

	it('gives the same interval on every run and none when nothing is pairable', () => {
		expect(krippendorffAlpha(units).interval).toEqual(krippendorffAlpha(units).interval);
		expect(
			krippendorffAlpha([
				['a', null],
				[null, 'b']
			]).alpha
		).toBeNull();
	});
});

describe('percent agreement', () => {
	it('counts agreeing pairs over units with two or more answers', () => {
		expect(
			percentAgreement([
				['a', 'a'],
				['a', 'b'],
				['a', null],
				['b', 'b']
			])
		).toEqual({
			units: 3,
			value: 2 / 3
		});
		// Three raters: pairs (a,a) (a,b) (a,b) → 1 of 3.
		expect(percentAgreement([['a', 'a', 'b']]).value).toBeCloseTo(1 / 3, 12);
	});
});

describe('rater calibration', () => {
	it('gives mean deviation from the consensus and the share within ±10 points', () => {
		const consensus = new Map([
			['c1', tenths(800)],
			['c2', tenths(700)],
			['c3', tenths(900)]
		]);
		const scores = new Map([
			[
				'kim',
				new Map([
					['c1', 90],
					['c2', 75],
					['c3', 78]
				])
			],
			[
				'lee',
				new Map([
					['c1', 80],
					['c2', 70],
					['c4', 10]
				])
			]
		]);
		const [kim, lee] = raterCalibration(scores, consensus);
		expect(kim!.contacts).toBe(3);
		expect(kim!.meanDeviation).toBeCloseTo((10 + 5 - 12) / 3, 12);
		expect(kim!.meanAbsoluteDeviation).toBeCloseTo(27 / 3, 12);
		expect(kim!.withinTolerance).toBeCloseTo(2 / 3, 12);
		expect(kim!.calibrated).toBe(false);
		expect(lee).toMatchObject({
			contacts: 2,
			meanDeviation: 0,
			withinTolerance: 1,
			calibrated: true
		});
	});

	/** Two raters' scores of one contact, with the consensus as calibration takes it: their mean. */
	const pair = (a: number, b: number) =>
		raterCalibration(
			new Map([
				['a', new Map([['c', a]])],
				['b', new Map([['c', b]])]
			]),
			new Map([['c', meanOfFigures([a, b])!]])
		);

	it('±10 on exact tenths: 20.1 apart is within for neither rater, whichever pair', () => {
		// Floats put both of 52.3 / 32.2 within (10.049999…), and only one of 33.3 / 13.2.
		for (const [a, b] of [
			[52.3, 32.2],
			[33.3, 13.2],
			[20.4, 0.3]
		] as const) {
			for (const [x, y] of [
				[a, b],
				[b, a]
			] as const) {
				const lines = pair(x, y);
				expect(lines.map((l) => l.withinTolerance)).toEqual([0, 0]);
				expect(lines.map((l) => l.calibrated)).toEqual([false, false]);
				expect(lines.map((l) => l.meanDeviationTenths)).toEqual(x > y ? [101, -101] : [-101, 101]);
			}
		}
	});

	it('±10 on exact tenths: 10.0 from the consensus is within, 10.1 is not', () => {
		expect(pair(30.0, 10.0).map((l) => l.withinTolerance)).toEqual([1, 1]);
		expect(pair(90.0, 70.0).map((l) => l.calibrated)).toEqual([true, true]);
		expect(pair(30.1, 9.9).map((l) => l.withinTolerance)).toEqual([0, 0]);
		expect(pair(30.1, 9.9).map((l) => l.meanDeviation)).toEqual([10.1, -10.1]);
	});

	it('the mean deviation shown is rounded exactly, half away from zero', () => {
		// 8.3 and 8.4 from the consensus on two contacts: 8.35 → 8.4 (not 8.3 from 8.34999…).
		const [a] = raterCalibration(
			new Map([
				[
					'a',
					new Map([
						['c1', 58.3],
						['c2', 18.4]
					])
				]
			]),
			new Map([
				['c1', tenths(500)],
				['c2', tenths(100)]
			])
		);
		expect(a!.meanDeviationTenths).toBe(84);
		expect(a!.meanDeviation).toBe(8.35);
		expect(a!.meanAbsoluteDeviation).toBe(8.35);
	});
});

/**
 * Rater agreement for calibration sessions: several raters score the same contacts blind, and
 * these figures say how far their answers agree beyond chance. Per check: percent agreement,
 * Cohen's kappa (exactly two raters, every unit answered by both) with its large-sample 95 %
 * interval, and Krippendorff's alpha (any number of raters, missing answers allowed) with a
 * bootstrap 95 % interval. Per rater: the mean deviation of their score from the session's
 * consensus and the share of contacts within ±10 points of it. Rules: docs/scoring.md.
 */
import { Z95 } from '../aggregate/stats';
import {
	absTenths,
	addTenths,
	divideTenths,
	pointsOf,
	roundTenths,
	subtractTenths,
	tenths,
	toTenths,
	withinTenths,
	type Tenths
} from '../scoring/tenths';

/** A rater's answer to one unit (a check of one contact); null = not answered or N/A. */
export type Rating = string | null;

/**
 * Units × raters: `matrix[u][r]` is rater r's answer to unit u. Rows may have any length;
 * a missing column counts as null.
 */
export type RatingMatrix = readonly (readonly Rating[])[];

export interface Interval {
	low: number;
	high: number;
}

export interface PercentAgreement {
	/** Units answered by at least two raters. */
	units: number;
	/** Share of agreeing rater pairs over those units (null when there are none). */
	value: number | null;
}

/**
 * Pairwise percent agreement: over every unit with two or more answers, the share of rater
 * pairs giving the same answer (for two raters: the share of units they agree on).
 */
export function percentAgreement(matrix: RatingMatrix): PercentAgreement {
	let agree = 0;
	let pairs = 0;
	let units = 0;
	for (const row of matrix) {
		const values = row.filter((v): v is string => v !== null);
		if (values.length < 2) continue;
		units++;
		for (let i = 0; i < values.length; i++) {
			for (let j = i + 1; j < values.length; j++) {
				pairs++;
				if (values[i] === values[j]) agree++;
			}
		}
	}
	return { units, value: pairs > 0 ? agree / pairs : null };
}

export interface Kappa {
	/** Units both raters answered. */
	n: number;
	/** Observed agreement p_o. */
	observed: number;
	/** Agreement expected by chance p_e from each rater's own proportions. */
	expected: number;
	/** (p_o − p_e) / (1 − p_e); null when undefined (p_e = 1: one category only). */
	kappa: number | null;
	/** 95 % interval from Cohen's (1960) large-sample standard error. */
	interval: Interval | null;
}

/**
 * Cohen's kappa of two raters over the units both answered. The standard error is Cohen's
 * approximation √(p_o(1 − p_o) / (n (1 − p_e)²)).
 */
export function cohensKappa(a: readonly Rating[], b: readonly Rating[]): Kappa {
	const countsA = new Map<string, number>();
	const countsB = new Map<string, number>();
	let n = 0;
	let same = 0;
	const length = Math.min(a.length, b.length);
	for (let i = 0; i < length; i++) {
		const x = a[i];
		const y = b[i];
		if (x === null || x === undefined || y === null || y === undefined) continue;
		n++;
		if (x === y) same++;
		countsA.set(x, (countsA.get(x) ?? 0) + 1);
		countsB.set(y, (countsB.get(y) ?? 0) + 1);
	}
	if (n === 0) return { n, observed: 0, expected: 0, kappa: null, interval: null };
	const observed = same / n;
	let expected = 0;
	for (const [category, count] of countsA)
		expected += (count / n) * ((countsB.get(category) ?? 0) / n);
	if (expected >= 1) return { n, observed, expected, kappa: null, interval: null };
	const kappa = (observed - expected) / (1 - expected);
	const se = Math.sqrt((observed * (1 - observed)) / (n * (1 - expected) ** 2));
	return {
		n,
		observed,
		expected,
		kappa,
		interval: { low: Math.max(-1, kappa - Z95 * se), high: Math.min(1, kappa + Z95 * se) }
	};
}

export type AlphaLevel = 'nominal' | 'interval';

export interface Alpha {
	/** Pairable values: answers in units with two or more answers. */
	pairable: number;
	/** Observed and expected disagreement D_o and D_e. */
	observedDisagreement: number;
	expectedDisagreement: number;
	/** 1 − D_o / D_e; null when undefined (fewer than two pairable values, or D_e = 0). */
	alpha: number | null;
	/** 95 % bootstrap interval (percentile), null without an alpha. */
	interval: Interval | null;
}

interface Coincidences {
	categories: string[];
	/** o[c][k]: the coincidence matrix. */
	o: number[][];
	n: number;
}

function coincidences(matrix: RatingMatrix): Coincidences {
	const index = new Map<string, number>();
	const units: number[][] = [];
	for (const row of matrix) {
		const values: number[] = [];
		for (const v of row) {
			if (v === null || v === undefined) continue;
			let i = index.get(v);
			if (i === undefined) {
				i = index.size;
				index.set(v, i);
			}
			values.push(i);
		}
		if (values.length >= 2) units.push(values);
	}
	const k = index.size;
	const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	let n = 0;
	for (const values of units) {
		const m = values.length;
		n += m;
		for (let i = 0; i < m; i++) {
			for (let j = 0; j < m; j++) {
				if (i !== j) o[values[i]!]![values[j]!]! += 1 / (m - 1);
			}
		}
	}
	return { categories: [...index.keys()], o, n };
}

/** The squared difference of two categories at a level of measurement. */
function distance(level: AlphaLevel, a: string, b: string): number {
	if (level === 'nominal') return a === b ? 0 : 1;
	return (Number(a) - Number(b)) ** 2;
}

function alphaOf(matrix: RatingMatrix, level: AlphaLevel) {
	const { categories, o, n } = coincidences(matrix);
	const k = categories.length;
	const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
	let dObserved = 0;
	let dExpected = 0;
	for (let c = 0; c < k; c++) {
		for (let d = 0; d < k; d++) {
			const delta = distance(level, categories[c]!, categories[d]!);
			dObserved += o[c]![d]! * delta;
			dExpected += marginals[c]! * marginals[d]! * delta;
		}
	}
	if (n < 2) return { n, dObserved: 0, dExpected: 0, alpha: null };
	dObserved /= n;
	dExpected /= n * (n - 1);
	return { n, dObserved, dExpected, alpha: dExpected > 0 ? 1 - dObserved / dExpected : null };
}

/** A small seeded generator (mulberry32), so the bootstrap interval is the same on every run. */
function seeded(seed: number): () => number {
	let t = seed >>> 0;
	return () => {
		t = (t + 0x6d2b79f5) >>> 0;
		let r = Math.imul(t ^ (t >>> 15), 1 | t);
		r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Krippendorff's alpha (nominal answers by default; 'interval' for numbers) over units with
 * any number of raters and missing answers. The interval resamples units with replacement
 * (`samples` times, seeded) and takes the 2.5th and 97.5th percentiles of alpha.
 */
export function krippendorffAlpha(
	matrix: RatingMatrix,
	level: AlphaLevel = 'nominal',
	samples = 1000
): Alpha {
	const { n, dObserved, dExpected, alpha } = alphaOf(matrix, level);
	if (alpha === null) {
		return {
			pairable: n,
			observedDisagreement: dObserved,
			expectedDisagreement: dExpected,
			alpha,
			interval: null
		};
	}
	const random = seeded(1006);
	const draws: number[] = [];
	const units = matrix.length;
	for (let s = 0; s < samples; s++) {
		const resample: (readonly Rating[])[] = [];
		for (let u = 0; u < units; u++) resample.push(matrix[Math.floor(random() * units)]!);
		const a = alphaOf(resample, level).alpha;
		if (a !== null) draws.push(a);
	}
	draws.sort((x, y) => x - y);
	const at = (p: number) =>
		draws[Math.min(draws.length - 1, Math.max(0, Math.round(p * (draws.length - 1))))]!;
	return {
		pairable: n,
		observedDisagreement: dObserved,
		expectedDisagreement: dExpected,
		alpha,
		interval:
			draws.length > 0
				? { low: Math.min(at(0.025), alpha), high: Math.max(at(0.975), alpha) }
				: null
	};
}

export interface RaterCalibration {
	rater: string;
	/** Contacts this rater scored that have a consensus score. */
	contacts: number;
	/** Mean of (rater's score − consensus), in points: positive = more lenient. */
	meanDeviation: number | null;
	/** The same, rounded exactly to whole tenths (half away from zero): what a screen shows. */
	meanDeviationTenths: number | null;
	/** Mean of |rater's score − consensus|. */
	meanAbsoluteDeviation: number | null;
	/** Share of contacts within ±`tolerance` points of the consensus. */
	withinTolerance: number | null;
	/** True when every contact is within tolerance (the QA tools' "calibrated" rule). */
	calibrated: boolean;
}

/**
 * Each rater's distance from the session's consensus score per contact (`consensus` by
 * contact id, an exact mean of one-decimal scores; `scores` rater → contact id → one-decimal
 * score). Contacts without a consensus are skipped. Every difference and the ±`tolerance` rule
 * are exact, on tenths (docs/scoring.md): 10.0 points away is within ±10, 10.05 is not.
 */
export function raterCalibration(
	scores: ReadonlyMap<string, ReadonlyMap<string, number>>,
	consensus: ReadonlyMap<string, Tenths>,
	tolerance = 10
): RaterCalibration[] {
	return [...scores].map(([rater, byContact]) => {
		let n = 0;
		let sum = tenths(0);
		let abs = tenths(0);
		let within = 0;
		for (const [contact, score] of byContact) {
			const agreed = consensus.get(contact);
			if (agreed === undefined) continue;
			const d = subtractTenths(tenths(toTenths(score)), agreed);
			n++;
			sum = addTenths(sum, d);
			abs = addTenths(abs, absTenths(d));
			if (withinTenths(d, tolerance)) within++;
		}
		const mean = n > 0 ? divideTenths(sum, n) : null;
		return {
			rater,
			contacts: n,
			meanDeviation: mean && pointsOf(mean),
			meanDeviationTenths: mean && roundTenths(mean),
			meanAbsoluteDeviation: n > 0 ? pointsOf(divideTenths(abs, n)) : null,
			withinTolerance: n > 0 ? within / n : null,
			calibrated: n > 0 && within === n
		};
	});
}

/**
 * Exact arithmetic on one-decimal figures (every rounded score, docs/scoring.md "One number
 * everywhere"): a figure is a whole number of tenths, and differences, means and thresholds
 * such as calibration's ±10 points are computed on those integers. Binary floating point
 * cannot hold 33.3 or 10.05 exactly, so a comparison of floats can put a figure on either side
 * of a boundary; integers of tenths cannot.
 */

/** How far from a whole number of tenths a one-decimal figure's ×10 may read (float noise). */
const NOISE = 1e-6;

/** A one-decimal figure as a whole number of tenths (33.3 → 333); throws on a finer figure. */
export function toTenths(figure: number): number {
	const tenths = Math.round(figure * 10);
	if (!Number.isFinite(figure) || Math.abs(figure * 10 - tenths) > NOISE) {
		throw new RangeError(`${figure} is not a one-decimal figure`);
	}
	return tenths;
}

/** Whole tenths back as the one-decimal figure (333 → 33.3). */
export function fromTenths(tenths: number): number {
	return tenths / 10;
}

/** a − b of two one-decimal figures, in tenths (33.3 − 13.2 → 201). */
export function differenceInTenths(a: number, b: number): number {
	return toTenths(a) - toTenths(b);
}

/** True when two one-decimal figures are at most `tolerance` points apart, compared exactly. */
export function withinTolerance(a: number, b: number, tolerance: number): boolean {
	return Math.abs(differenceInTenths(a, b)) <= toTenths(tolerance);
}

/**
 * An exact fraction of tenths (`num` / `den`, den > 0, in lowest terms): the mean of
 * one-decimal figures and the distances from it are such fractions (23.25 = 465 / 20).
 */
export interface Tenths {
	num: number;
	den: number;
}

function gcd(a: number, b: number): number {
	a = Math.abs(a);
	b = Math.abs(b);
	while (b) [a, b] = [b, a % b];
	return a || 1;
}

/** The fraction num / den in lowest terms (den made positive). */
export function tenths(num: number, den = 1): Tenths {
	if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) {
		throw new RangeError(`${num} / ${den} is not a fraction of whole tenths`);
	}
	const g = gcd(num, den) * Math.sign(den);
	return { num: num / g + 0, den: den / g };
}

/** The exact mean of one-decimal figures, in tenths (null for none). */
export function meanOfFigures(figures: readonly number[]): Tenths | null {
	if (figures.length === 0) return null;
	return tenths(
		figures.reduce((sum, f) => sum + toTenths(f), 0),
		figures.length
	);
}

/** a + b. */
export function addTenths(a: Tenths, b: Tenths): Tenths {
	return tenths(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function subtractTenths(a: Tenths, b: Tenths): Tenths {
	return tenths(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a divided by a whole number n (a mean of n fractions from their sum). */
export function divideTenths(a: Tenths, n: number): Tenths {
	return tenths(a.num, a.den * n);
}

/** |a|. */
export function absTenths(a: Tenths): Tenths {
	return { num: Math.abs(a.num), den: a.den };
}

/** True when |a| ≤ `tolerance` points (a one-decimal figure), compared exactly. */
export function withinTenths(a: Tenths, tolerance: number): boolean {
	return Math.abs(a.num) <= toTenths(tolerance) * a.den;
}

/** The fraction rounded to whole tenths, half away from zero (465 / 20 = 23.25 → 233). */
export function roundTenths(a: Tenths): number {
	const q = Math.floor((2 * Math.abs(a.num) + a.den) / (2 * a.den));
	return Math.sign(a.num) * q + 0;
}

/** The fraction as a number of points (465 / 20 → 23.25), for figures kept unrounded. */
export function pointsOf(a: Tenths): number {
	return a.num / a.den / 10;
}

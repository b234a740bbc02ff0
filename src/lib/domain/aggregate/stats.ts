/** Descriptive statistics and the Wilson score interval, without allocation in loops. */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

export interface Rate {
	/** Successes; fractional when partial answers count 0.5. */
	successes: number;
	n: number;
	/** successes / n, null when n = 0. */
	rate: number | null;
	/** Wilson 95 % interval; null when n = 0. */
	low: number | null;
	high: number | null;
}

export interface Summary {
	n: number;
	mean: number | null;
	median: number | null;
	min: number | null;
	max: number | null;
	/** Sample standard deviation (n − 1); null when n < 2. */
	sd: number | null;
}

/** Wilson score interval for `successes` out of `n` (successes may be fractional). */
export function wilson(
	successes: number,
	n: number,
	z = Z95
): { low: number; high: number } | null {
	if (n <= 0) return null;
	const p = successes / n;
	const z2 = z * z;
	const denom = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denom;
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
	return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A rate with its Wilson 95 % interval. */
export function rate(successes: number, n: number): Rate {
	const ci = wilson(successes, n);
	return {
		successes,
		n,
		rate: n > 0 ? successes / n : null,
		low: ci?.low ?? null,
		high: ci?.high ?? null
	};
}

/**
 * Quantile of ascending-sorted values by linear interpolation between closest ranks
 * (Hyndman–Fan type 7, the default of R, NumPy and Excel PERCENTILE.INC).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
	const n = sorted.length;
	if (n === 0) return null;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const a = sorted[lo]!;
	const b = sorted[Math.min(lo + 1, n - 1)]!;
	return a + (h - lo) * (b - a);
}

/** n, mean, median, min, max and sample SD of the first `n` values (sorts them in place). */
export function summarise(values: Float64Array, n = values.length): Summary {
	if (n === 0) return { n: 0, mean: null, median: null, min: null, max: null, sd: null };
	const v = values.subarray(0, n).sort();
	let sum = 0;
	for (let i = 0; i < n; i++) sum += v[i]!;
	const mean = sum / n;
	let ss = 0;
	for (let i = 0; i < n; i++) ss += (v[i]! - mean) ** 2;
	return {
		n,
		mean,
		median: quantileSorted(v, 0.5),
		min: v[0]!,
		max: v[n - 1]!,
		sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null
	};
}

/**
 * How precise a plan's figures can be: a center's pass rate from n contacts is known to ± e at
 * 95 %, e the half-width of the Wilson score interval (a proportion near 0 or 1, or a small n,
 * keeps it inside 0…1 where the normal approximation would not). Before any result the worst
 * case p = 0.5 is used, which gives the widest interval. Rules and checks: docs/scoring.md.
 */

/** z of a two-sided 95 % interval. */
export const Z95 = 1.959964;

export interface Interval {
	low: number;
	high: number;
	/** (high − low) / 2 */
	halfWidth: number;
}

/** The Wilson score interval of a proportion p observed in n trials (n ≥ 1). */
export function wilsonInterval(p: number, n: number, z = Z95): Interval {
	if (!(n >= 1)) return { low: 0, high: 1, halfWidth: 0.5 };
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), halfWidth: half };
}

/** The margin ± e (a proportion) of a pass rate from n contacts; p = 0.5 unless observed. */
export const marginOf = (n: number, p = 0.5): number => wilsonInterval(p, n).halfWidth;

/**
 * The fewest contacts whose margin is at most `margin` (a proportion, e.g. 0.1 for ±10 points);
 * p = 0.5 unless observed. The margin falls as n grows, so the search halves its range.
 */
export function sizeForMargin(margin: number, p = 0.5): number {
	if (!(margin > 0)) return Infinity;
	let low = 1;
	let high = 1;
	while (marginOf(high, p) > margin) {
		high *= 2;
		if (high > 1e9) return Infinity;
	}
	while (low < high) {
		const mid = Math.floor((low + high) / 2);
		if (marginOf(mid, p) <= margin) high = mid;
		else low = mid + 1;
	}
	return low;
}

export interface PlanMargins {
	overall: { n: number; margin: number };
	bySlot: { slot: string; n: number; margin: number }[];
}

/** The margins a plan's size gives: over all its contacts, and per time slot. */
export function planMargins(
	cells: readonly { slot: string; planned: number }[],
	slots: readonly string[]
): PlanMargins {
	const n = cells.reduce((s, c) => s + c.planned, 0);
	return {
		overall: { n, margin: marginOf(n) },
		bySlot: slots.map((slot) => {
			const k = cells.filter((c) => c.slot === slot).reduce((s, c) => s + c.planned, 0);
			return { slot, n: k, margin: marginOf(k) };
		})
	};
}

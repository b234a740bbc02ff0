/**
 * The one rounding of a score: one decimal, half away from zero. The verdict is decided on the
 * rounded figure, aggregates are computed from rounded figures, and every screen and export
 * shows it through `scoreText`, so a score reads the same everywhere (docs/scoring.md,
 * "One number everywhere").
 */

/**
 * Slack on the ×10 scale: a half computed as …4.9999999 (floating-point noise from the
 * weighted means) still rounds up. Real scores are ratios of small integers, so no genuine
 * score lies this close below a half.
 */
const HALF_EPS = 1e-7;

/** x rounded to `digits` decimals, half away from zero; `+ 0` turns -0 into 0. */
function roundTo(x: number, digits: number): number {
	const f = 10 ** digits;
	return (Math.sign(x) * Math.round(Math.abs(x) * f + HALF_EPS)) / f + 0;
}

/** The score rounded to one decimal, half away from zero (79.95 → 80, 79.949 → 79.9). */
export function roundScore(x: number): number {
	return roundTo(x, 1);
}

/** The text shown for "no score": the same dash on every screen and in the exports. */
export const NO_SCORE_TEXT = '–';

/** A score as text with exactly one decimal ('80.0'), or '–' for no score. */
export function scoreText(x: number | null | undefined): string {
	return x === null || x === undefined || !Number.isFinite(x)
		? NO_SCORE_TEXT
		: roundScore(x).toFixed(1);
}

/** A share 0–1 as a percentage number with `digits` decimals, same rounding ('82'), or '–'. */
export function percentText(share: number | null | undefined, digits = 0): string {
	return share === null || share === undefined || !Number.isFinite(share)
		? NO_SCORE_TEXT
		: roundTo(share * 100, digits).toFixed(digits);
}

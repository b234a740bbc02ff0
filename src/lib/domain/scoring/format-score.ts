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

/** The score rounded to one decimal, half away from zero (79.95 → 80, 79.949 → 79.9). */
export function roundScore(x: number): number {
	// `+ 0` turns -0 into 0, so a tiny negative never prints as "-0.0".
	return (Math.sign(x) * Math.round(Math.abs(x) * 10 + HALF_EPS)) / 10 + 0;
}

/** The text shown for "no score": the same dash on every screen and in the exports. */
export const NO_SCORE_TEXT = '–';

/** A score as text with exactly one decimal ('80.0'), or '–' for no score. */
export function scoreText(x: number | null | undefined): string {
	return x === null || x === undefined || !Number.isFinite(x)
		? NO_SCORE_TEXT
		: roundScore(x).toFixed(1);
}

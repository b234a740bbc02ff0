/**
 * One number everywhere: a score is rounded to one decimal, half away from zero, once, and
 * every verdict, list, scorecard, chart and file shows that rounded figure (docs/scoring.md).
 */

/** Tolerance so 79.95 computed as 79.94999999 still rounds up. */
const EPS = 1e-9;

/** Rounds a score to one decimal, half away from zero. */
export function roundScore(x: number): number {
	const r = Math.round(Math.abs(x) * 10 + EPS) / 10;
	return x < 0 ? -r : r;
}

/** The score as printed everywhere: one decimal ('80.0'), '—' when there is none. */
export function scoreText(x: number | null): string {
	return x === null ? '—' : roundScore(x).toFixed(1);
}

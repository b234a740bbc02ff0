/**
 * How long the phone waits before trying the team server again after failures in a row:
 * exponential from 2 s, capped at 5 min, with jitter so many phones coming back online at
 * once do not all ask in the same second.
 */
export const BACKOFF_MIN_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * The wait after `failures` failed runs in a row (0 → no wait). `random` in [0, 1) picks a
 * point in the upper half of the step ("equal jitter"), so the wait still grows every step.
 */
export function backoffDelay(failures: number, random: number): number {
	if (failures <= 0) return 0;
	const step = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.min(failures - 1, 20));
	const r = Math.min(Math.max(random, 0), 1);
	return Math.round(step / 2 + (step / 2) * r);
}

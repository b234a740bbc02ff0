import { describe, expect, it } from 'vitest';
import { mapInSlices } from './slices';

/** A clock that moves `step` ms each time it is read. */
function steppingClock(step: number) {
	let t = 0;
	return () => (t += step);
}

describe('mapInSlices', () => {
	it('maps every item in order with its index', async () => {
		const out = await mapInSlices(['a', 'b', 'c'], (x, i) => `${x}${i}`);
		expect(out).toEqual(['a0', 'b1', 'c2']);
	});

	it('returns an empty array for no items', async () => {
		expect(await mapInSlices([], (x: number) => x)).toEqual([]);
	});

	// A yield made of microtasks only would never let the timer run: this needs a real task.
	it('lets other tasks run between slices once a slice has used its time', async () => {
		const seen = await timerSeenPerItem(8);
		// About eight items per slice: the first slice ran before the timer, later ones after.
		expect(seen[0]).toBe(false);
		expect(seen.at(-1)).toBe(true);
	});

	it('does not yield while the slice has time left', async () => {
		const seen = await timerSeenPerItem(1_000);
		expect(seen.every((x) => !x)).toBe(true);
	});
});

/**
 * Maps 40 items on a clock that moves 1 ms per reading, with a timer queued first; says for
 * each item whether the timer had run by then.
 */
async function timerSeenPerItem(sliceMs: number): Promise<boolean[]> {
	let timerRan = false;
	setTimeout(() => (timerRan = true), 0);
	return mapInSlices(
		Array.from({ length: 40 }, (_, i) => i),
		() => timerRan,
		sliceMs,
		steppingClock(1)
	);
}

import { describe, expect, it } from 'vitest';
import { mapInSlices, yieldToMain } from './slices';

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

	it('gives the thread back between slices once a slice has used its time', async () => {
		const pausesSeen = await pausesPerItem(8);
		// The clock moves 1 ms per reading, read once per item and once to start a slice: the
		// first slice holds items 0–6, then a pause comes before items 7, 15, 23, 31 and 39.
		expect(pausesSeen).toEqual(
			Array.from({ length: 40 }, (_, i) => (i < 7 ? 0 : 1 + Math.floor((i - 7) / 8)))
		);
	});

	it('does not yield while the slice has time left', async () => {
		const pausesSeen = await pausesPerItem(1_000);
		expect(pausesSeen.every((x) => x === 0)).toBe(true);
	});
});

describe('yieldToMain', () => {
	// A yield made of microtasks only would never let a task run: this needs a real task.
	it('resolves in a new task, after the microtasks queued before it', async () => {
		const order: string[] = [];
		const yielded = yieldToMain().then(() => order.push('yield'));
		void Promise.resolve().then(() => order.push('microtask'));
		await yielded;
		expect(order).toEqual(['microtask', 'yield']);
	});
});

/** Maps 40 items on a clock that moves 1 ms per reading; says how many pauses preceded each. */
async function pausesPerItem(sliceMs: number): Promise<number[]> {
	let pauses = 0;
	return mapInSlices(
		Array.from({ length: 40 }, (_, i) => i),
		() => pauses,
		sliceMs,
		steppingClock(1),
		async () => {
			pauses++;
		}
	);
}

/**
 * Long loops over stored records (parsing, scoring) run in slices of a few milliseconds and
 * give the main thread back between slices, so taps and paints are never held up for long
 * while hundreds of evaluations load. Used by storage and by the report state above it.
 */

interface Yielding {
	yield?: () => Promise<void>;
}

/** Resolves in a new task: after pending input and rendering, not merely after microtasks. */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Yielding }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Work per slice: on a phone four times slower it is still under the 50 ms of a long task. */
export const SLICE_MS = 8;

/**
 * `items.map(fn)`, yielding to the main thread (`pause`) whenever a slice has used up
 * `sliceMs` of the clock `now`.
 */
export async function mapInSlices<T, U>(
	items: readonly T[],
	fn: (item: T, index: number) => U,
	sliceMs = SLICE_MS,
	now: () => number = () => performance.now(),
	pause: () => Promise<void> = yieldToMain
): Promise<U[]> {
	const out: U[] = new Array<U>(items.length);
	let sliceStart = now();
	for (let i = 0; i < items.length; i++) {
		if (now() - sliceStart >= sliceMs) {
			await pause();
			sliceStart = now();
		}
		out[i] = fn(items[i]!, i);
	}
	return out;
}

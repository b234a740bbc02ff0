import { yieldToMain } from '$lib/storage/slices';
import { printing } from './printing.svelte';

/**
 * Long report pages appear part by part: the first part with the data, each further part
 * after the previous one has been painted. Each part then renders and lays out in a task of
 * its own instead of one long block that would hold up taps on a slow phone. While the page
 * is being printed every part is shown.
 */
export class Progressive {
	#shown = $state(1);
	readonly total: number;

	constructor(total: number) {
		this.total = total;
	}

	/** How many parts are on screen (at least the first; all of them when printing). */
	get shown() {
		return printing.active ? this.total : this.#shown;
	}

	get complete() {
		return this.shown >= this.total;
	}

	/** Whether part `index` (0-based) is on screen. */
	has(index: number) {
		return index < this.shown;
	}

	/** Shows the remaining parts one per paint; the returned function stops (on unmount). */
	start(): () => void {
		let stopped = false;
		const run = async () => {
			while (!stopped && this.#shown < this.total) {
				await afterPaint();
				if (!stopped && this.#shown < this.total) this.#shown++;
			}
		};
		void run();
		return () => {
			stopped = true;
		};
	}
}

/**
 * After the next frame has been painted. A hidden tab paints no frames, so there it only
 * yields (the parts still appear, without waiting for a paint that would not come).
 */
function afterPaint(): Promise<void> {
	if (typeof document === 'undefined' || document.visibilityState === 'hidden') {
		return yieldToMain();
	}
	return new Promise((resolve) => {
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			clearTimeout(fallback);
			resolve();
		};
		// The frame's rendering happens after rAF callbacks: the timeout runs once it is done.
		requestAnimationFrame(() => setTimeout(finish, 0));
		// If the page is hidden meanwhile no frame comes: do not wait for it.
		const fallback = setTimeout(finish, 100);
	});
}

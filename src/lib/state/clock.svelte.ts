import { tickWhileShown } from './while-shown';

/**
 * A ticking "now" for countdowns and the stopwatch display. It only redraws; elapsed times are
 * always computed from stored wall-clock instants, never by counting ticks.
 */
export class Clock {
	#now = $state(Date.now());
	#stop: (() => void) | undefined;

	get now(): number {
		return this.#now;
	}

	/** Starts ticking every `intervalMs`; returns the stop function (for `$effect`). */
	start(intervalMs = 250): () => void {
		this.stop();
		this.#now = Date.now();
		this.#stop = tickWhileShown(() => (this.#now = Date.now()), intervalMs);
		return () => this.stop();
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}

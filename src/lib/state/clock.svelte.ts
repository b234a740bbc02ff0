/**
 * A ticking "now" for countdowns and the stopwatch display. It only redraws; elapsed times are
 * always computed from stored wall-clock instants, never by counting ticks.
 */
export class Clock {
	#now = $state(Date.now());
	#timer: ReturnType<typeof setInterval> | undefined;
	#onVisible = () => {
		if (document.visibilityState === 'visible') this.#now = Date.now();
	};

	get now(): number {
		return this.#now;
	}

	/** Starts ticking every `intervalMs`; returns the stop function (for `$effect`). */
	start(intervalMs = 250): () => void {
		this.stop();
		this.#now = Date.now();
		this.#timer = setInterval(() => {
			this.#now = Date.now();
		}, intervalMs);
		document.addEventListener('visibilitychange', this.#onVisible);
		return () => this.stop();
	}

	stop(): void {
		if (this.#timer !== undefined) clearInterval(this.#timer);
		this.#timer = undefined;
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#onVisible);
		}
	}
}

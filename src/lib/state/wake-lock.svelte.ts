/**
 * Keeps the screen on while a timed run is active. The browser releases the lock whenever the
 * page is hidden, so it is requested again each time the page becomes visible.
 */
export class ScreenWakeLock {
	#sentinel: WakeLockSentinel | null = null;
	#wanted = false;
	#held = $state(false);
	#onVisible = () => {
		if (this.#wanted && document.visibilityState === 'visible') void this.#request();
	};

	/** True while the screen is kept on. */
	get held(): boolean {
		return this.#held;
	}

	/** Whether this browser can keep the screen on at all. */
	get supported(): boolean {
		return typeof navigator !== 'undefined' && 'wakeLock' in navigator;
	}

	/** Holds the lock until `release`; returns the release function (for `$effect`). */
	hold(): () => void {
		this.#wanted = true;
		document.addEventListener('visibilitychange', this.#onVisible);
		void this.#request();
		return () => this.release();
	}

	release(): void {
		this.#wanted = false;
		document.removeEventListener('visibilitychange', this.#onVisible);
		const sentinel = this.#sentinel;
		this.#sentinel = null;
		this.#held = false;
		void sentinel?.release().catch(() => undefined);
	}

	async #request(): Promise<void> {
		if (!this.supported || this.#sentinel || document.visibilityState !== 'visible') return;
		try {
			const sentinel = await navigator.wakeLock.request('screen');
			if (!this.#wanted) {
				await sentinel.release();
				return;
			}
			this.#sentinel = sentinel;
			this.#held = true;
			sentinel.addEventListener('release', () => {
				if (this.#sentinel === sentinel) this.#sentinel = null;
				this.#held = false;
			});
		} catch {
			// Refused (battery saver, no user gesture yet): the run works without it.
			this.#held = false;
		}
	}
}

import { messageOf } from './message-of';
import { settings } from './settings.svelte';

export type LoadPhase = 'loading' | 'ready' | 'missing' | 'failed';

/**
 * One thing loaded by a page (an evaluation, a scorecard, an audit): loading → ready, missing
 * or failed; `LoadedView` renders the four phases the same way on every page.
 * When a newer load starts (the URL changed), the answer of an older one is ignored — and
 * handed to `release` when the thing holds resources (an open sheet, a subscription).
 */
export class Loaded<T> {
	#value = $state.raw<T | undefined>(undefined);
	#phase = $state<LoadPhase>('loading');
	#failure = $state('');
	#generation = 0;
	readonly #release: ((value: T) => void) | undefined;

	constructor(options: { release?: (value: T) => void } = {}) {
		this.#release = options.release;
	}

	get value(): T | undefined {
		return this.#value;
	}
	get phase(): LoadPhase {
		return this.#phase;
	}
	/** The error message when the phase is 'failed'. */
	get failure(): string {
		return this.#failure;
	}

	/** Shows a newer copy at once, without a loading phase (another tab changed it). */
	replace(value: T): void {
		++this.#generation;
		this.#show(value);
	}

	/** Starts loading; `undefined` from `fn` means the thing does not exist. */
	load(fn: () => Promise<T | undefined>): void {
		const generation = ++this.#generation;
		this.#phase = 'loading';
		fn().then(
			(value) => {
				if (generation !== this.#generation) {
					if (value !== undefined) this.#release?.(value);
					return;
				}
				this.#show(value);
			},
			(error: unknown) => {
				if (generation !== this.#generation) return;
				this.#failure = messageOf(error, settings);
				this.#phase = 'failed';
			}
		);
	}

	/** Lets go of what was loaded (the page is left); a load still under way is ignored. */
	dispose(): void {
		++this.#generation;
		this.#show(undefined);
		this.#phase = 'loading';
	}

	#show(value: T | undefined): void {
		const old = this.#value;
		this.#value = value;
		this.#phase = value === undefined ? 'missing' : 'ready';
		if (old !== undefined && old !== value) this.#release?.(old);
	}
}

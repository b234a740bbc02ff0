import { messageOf } from './message-of';
import { settings } from './settings.svelte';

/**
 * One thing loaded by a page (an evaluation, a scorecard): loading → ready, missing or failed.
 * When a newer load starts (the URL changed), the answer of an older one is ignored.
 */
export class Loaded<T> {
	#value = $state.raw<T | undefined>(undefined);
	#phase = $state<'loading' | 'ready' | 'missing' | 'failed'>('loading');
	#failure = $state('');
	#generation = 0;

	get value(): T | undefined {
		return this.#value;
	}
	get phase(): 'loading' | 'ready' | 'missing' | 'failed' {
		return this.#phase;
	}
	/** The error message when the phase is 'failed'. */
	get failure(): string {
		return this.#failure;
	}

	/** Shows a newer copy at once, without a loading phase (another tab changed it). */
	replace(value: T): void {
		++this.#generation;
		this.#value = value;
		this.#phase = 'ready';
	}

	/** Starts loading; `undefined` from `fn` means the thing does not exist. */
	load(fn: () => Promise<T | undefined>): void {
		const generation = ++this.#generation;
		this.#phase = 'loading';
		fn().then(
			(value) => {
				if (generation !== this.#generation) return;
				this.#value = value;
				this.#phase = value === undefined ? 'missing' : 'ready';
			},
			(error: unknown) => {
				if (generation !== this.#generation) return;
				this.#failure = messageOf(error, settings);
				this.#phase = 'failed';
			}
		);
	}
}

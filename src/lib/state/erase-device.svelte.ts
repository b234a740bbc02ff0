/**
 * "Erase everything on this device" in Settings: counts what would go (for the confirmation),
 * then erases and reloads to a fresh app.
 */
import { eraseEverything, countStored, type StoredCounts } from '$lib/storage/erase';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';

export class EraseDevice {
	#phase = $state<'idle' | 'counting' | 'confirming' | 'erasing'>('idle');
	#counts = $state.raw<StoredCounts | null>(null);
	#error = $state<string | null>(null);

	get phase(): 'idle' | 'counting' | 'confirming' | 'erasing' {
		return this.#phase;
	}
	get counts(): StoredCounts | null {
		return this.#counts;
	}
	get error(): string | null {
		return this.#error;
	}

	/** Counts what is stored and asks for confirmation. */
	async prepare(): Promise<void> {
		this.#phase = 'counting';
		this.#error = null;
		try {
			this.#counts = await countStored();
			this.#phase = 'confirming';
		} catch (error) {
			this.#error = messageOf(error, settings);
			this.#phase = 'idle';
		}
	}

	cancel(): void {
		this.#phase = 'idle';
	}

	/** Erases everything, then reloads the app at its start page (nothing from before stays). */
	async erase(): Promise<void> {
		this.#phase = 'erasing';
		this.#error = null;
		try {
			await eraseEverything();
			location.replace('/');
		} catch (error) {
			this.#error = messageOf(error, settings);
			this.#phase = 'confirming';
		}
	}
}

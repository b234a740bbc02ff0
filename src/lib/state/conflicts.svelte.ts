/**
 * The conflicts screen: kept conflicting copies with the local record beside each, and the
 * person's resolution of one at a time. Nothing is resolved without a choice.
 */
import { messageOf } from './message-of';
import { settings } from './settings.svelte';
import {
	countOpenConflicts,
	loadConflictViews,
	resolveConflict,
	type ConflictView,
	type Resolution
} from '$lib/storage/conflicts';
import { getDeviceId } from '$lib/storage/device';

export class ConflictList {
	#views = $state.raw<ConflictView[] | null>(null);
	#error = $state('');
	#busy = $state(false);
	#done = $state(false);

	get views(): ConflictView[] | null {
		return this.#views;
	}
	get error(): string {
		return this.#error;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** True after a resolution succeeded (until the next one starts). */
	get done(): boolean {
		return this.#done;
	}

	async load(): Promise<void> {
		try {
			this.#views = await loadConflictViews();
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}

	/** Resolves one conflict as chosen, then reloads the list. */
	async resolve(key: string, choice: Resolution, reason: string): Promise<void> {
		this.#busy = true;
		this.#error = '';
		this.#done = false;
		try {
			const by = await getDeviceId();
			await resolveConflict(key, choice, { at: Date.now(), by }, reason);
			this.#done = true;
			await this.load();
		} catch (error) {
			this.#error = messageOf(error, settings);
		} finally {
			this.#busy = false;
		}
	}
}

/** How many conflicts wait (0 when storage cannot tell). */
export async function openConflictCount(): Promise<number> {
	try {
		return await countOpenConflicts();
	} catch {
		return 0;
	}
}

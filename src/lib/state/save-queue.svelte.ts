import { toStorageError, type StorageError } from '$lib/storage/errors';

/**
 * Writes the latest value as soon as it changes, one write at a time: a change made while a
 * write is in flight is written right after it (coalesced), so every change is on disk within
 * one write's time. A failed write keeps the value in memory, shows the error and retries with
 * back-off; nothing earlier is lost because the last good write stays in place.
 */
export class SaveQueue<T> {
	#write: (value: T) => Promise<void>;
	#pending: { value: T } | null = null;
	#running: Promise<void> | null = null;
	#error = $state<StorageError | null>(null);
	#saving = $state(false);
	#savedAt = $state<number | null>(null);
	#retryTimer: ReturnType<typeof setTimeout> | undefined;
	#retryDelay = 1000;

	constructor(write: (value: T) => Promise<void>) {
		this.#write = write;
	}

	get error(): StorageError | null {
		return this.#error;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get savedAt(): number | null {
		return this.#savedAt;
	}
	/** True while a change is not yet on disk. */
	get dirty(): boolean {
		return this.#pending !== null || this.#saving;
	}

	/** Queues `value` for writing and returns when it (or a later value) is written or failed. */
	save(value: T): Promise<void> {
		this.#pending = { value };
		this.#running ??= this.#drain();
		return this.#running;
	}

	/** Waits for everything queued; retries a failed write at once. */
	async flush(): Promise<void> {
		if (this.#retryTimer !== undefined) {
			clearTimeout(this.#retryTimer);
			this.#retryTimer = undefined;
			this.#running ??= this.#drain();
		}
		await this.#running;
	}

	async #drain(): Promise<void> {
		this.#saving = true;
		try {
			while (this.#pending) {
				const { value } = this.#pending;
				this.#pending = null;
				try {
					await this.#write(value);
					// Lets benchmarks and devtools see when a change is on disk.
					performance.mark('ks:write-committed');
					this.#error = null;
					this.#retryDelay = 1000;
					this.#savedAt = Date.now();
				} catch (error) {
					this.#error = toStorageError(error);
					// Keep the newest value (a newer one may have arrived meanwhile) and retry later.
					this.#pending ??= { value };
					// A conflict (changed elsewhere) never resolves by retrying: a person decides.
					if (this.#error.kind !== 'conflict') this.#scheduleRetry();
					return;
				}
			}
		} finally {
			this.#saving = false;
			this.#running = null;
		}
	}

	#scheduleRetry() {
		const delay = this.#retryDelay;
		this.#retryDelay = Math.min(this.#retryDelay * 2, 15_000);
		this.#retryTimer = setTimeout(() => {
			this.#retryTimer = undefined;
			this.#running ??= this.#drain();
		}, delay);
	}

	/** Stops retrying (when the page is torn down). */
	dispose(): void {
		if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
	}
}

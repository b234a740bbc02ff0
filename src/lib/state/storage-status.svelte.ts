import {
	estimateStorage,
	isPersisted,
	requestPersistence,
	type StorageEstimateResult
} from '$lib/storage/persistence';

/** What the browser says about this app's storage: persistence and quota use. */
export class StorageStatus {
	#persisted = $state<boolean | null>(null);
	#estimate = $state<StorageEstimateResult | null>(null);
	#denied = $state(false);
	#loaded = $state(false);

	get persisted(): boolean | null {
		return this.#persisted;
	}
	get estimate(): StorageEstimateResult | null {
		return this.#estimate;
	}
	/** True after a request for persistence that the browser refused. */
	get denied(): boolean {
		return this.#denied;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Reads persistence and the usage estimate. */
	async refresh(): Promise<void> {
		const [persisted, estimate] = await Promise.all([isPersisted(), estimateStorage()]);
		this.#persisted = persisted;
		this.#estimate = estimate;
		this.#loaded = true;
	}

	/** Asks the browser for persistent storage and records its answer. */
	async request(): Promise<void> {
		const granted = await requestPersistence();
		this.#denied = granted === false;
		await this.refresh();
	}
}

export const storageStatus = new StorageStatus();

import {
	estimateStorage,
	isPersisted,
	requestPersistence,
	type StorageEstimateResult
} from '$lib/storage/persistence';

/** What the browser says about this app's storage: persistence and quota use. */
export class StorageStatus {
	/** The browser's last answer, or undefined until the first `refresh`. */
	#read = $state.raw<{ persisted: boolean | null; estimate: StorageEstimateResult | null }>();
	#denied = $state(false);

	get persisted(): boolean | null {
		return this.#read?.persisted ?? null;
	}
	get estimate(): StorageEstimateResult | null {
		return this.#read?.estimate ?? null;
	}
	/** True after a request for persistence that the browser refused. */
	get denied(): boolean {
		return this.#denied;
	}
	get loaded(): boolean {
		return this.#read !== undefined;
	}

	/** Reads persistence and the usage estimate. */
	async refresh(): Promise<void> {
		const [persisted, estimate] = await Promise.all([isPersisted(), estimateStorage()]);
		this.#read = { persisted, estimate };
	}

	/** Asks the browser for persistent storage and records its answer. */
	async request(): Promise<void> {
		const granted = await requestPersistence();
		this.#denied = granted === false;
		await this.refresh();
	}
}

export const storageStatus = new StorageStatus();

/**
 * The browser's storage manager: whether this origin's data is persistent, how much of the
 * quota is used, and the request for persistent storage. Nothing is stored here; it only
 * reports on the storage the other modules use.
 */

export interface StorageEstimateResult {
	usage: number;
	quota: number;
}

function manager(): StorageManager | undefined {
	return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Whether storage is persistent; null when the browser cannot tell. */
export async function isPersisted(): Promise<boolean | null> {
	const m = manager();
	if (!m?.persisted) return null;
	try {
		return await m.persisted();
	} catch {
		return null;
	}
}

/** Asks for persistent storage; null when the browser has no such request. */
export async function requestPersistence(): Promise<boolean | null> {
	const m = manager();
	if (!m?.persist) return null;
	try {
		return await m.persist();
	} catch {
		return null;
	}
}

/** Usage and quota in bytes; null when the browser does not estimate. */
export async function estimateStorage(): Promise<StorageEstimateResult | null> {
	const m = manager();
	if (!m?.estimate) return null;
	try {
		const { usage, quota } = await m.estimate();
		if (usage === undefined || quota === undefined) return null;
		return { usage, quota };
	} catch {
		return null;
	}
}

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

/** Calls the storage manager's `method`; null when the browser has no such method or it fails. */
async function ask<T>(
	method: 'persisted' | 'persist' | 'estimate',
	call: (m: StorageManager) => Promise<T>
): Promise<T | null> {
	const m = manager();
	if (!m?.[method]) return null;
	try {
		return await call(m);
	} catch {
		return null;
	}
}

/** Whether storage is persistent; null when the browser cannot tell. */
export function isPersisted(): Promise<boolean | null> {
	return ask('persisted', (m) => m.persisted());
}

/** Asks for persistent storage; null when the browser has no such request. */
export function requestPersistence(): Promise<boolean | null> {
	return ask('persist', (m) => m.persist());
}

/** Usage and quota in bytes; null when the browser does not estimate. */
export async function estimateStorage(): Promise<StorageEstimateResult | null> {
	const estimate = await ask('estimate', (m) => m.estimate());
	const { usage, quota } = estimate ?? {};
	return usage === undefined || quota === undefined ? null : { usage, quota };
}

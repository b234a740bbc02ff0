/**
 * Erasing everything this app keeps on the device: the IndexedDB database (campaigns,
 * evaluations with their change logs and tombstones, photos, call recordings, summaries, the signing key, the
 * device id, the audit checklists) and the app's keys in localStorage and sessionStorage
 * (preferences). The service worker's Cache Storage is kept: it holds only the app's own code
 * and assets, no record, and without it the app would not open offline after the erase.
 */
import { closeDb, DB_NAME, withDb } from './db';
import { forgetDeviceId } from './device';
import { StorageError } from './errors';
import { forgetDeviceKey } from './keys';

/** What an erase would remove, for the confirmation. */
export interface StoredCounts {
	campaigns: number;
	/** Evaluations not deleted (tombstones are not counted: they hold no content). */
	evaluations: number;
	photos: number;
	/** Stored recording files (originals and shared copies). */
	recordings: number;
	/** Auditor checklists (one per campaign that has one). */
	audits: number;
}

/** Counts what is stored, for the erase confirmation. */
export async function countStored(): Promise<StoredCounts> {
	return withDb(async (db) => {
		const tx = db.transaction(['campaigns', 'evaluations', 'photos', 'recordings', 'meta']);
		const [campaigns, photos, recordings, metaKeys] = await Promise.all([
			tx.objectStore('campaigns').count(),
			tx.objectStore('photos').count(),
			tx.objectStore('recordings').count(),
			tx.objectStore('meta').getAllKeys()
		]);
		let evaluations = 0;
		let cursor = await tx.objectStore('evaluations').openCursor();
		while (cursor) {
			if (!('deleted' in cursor.value)) evaluations++;
			cursor = await cursor.continue();
		}
		await tx.done;
		const audits = metaKeys.filter((k) => String(k).startsWith('audit:')).length;
		return { campaigns, evaluations, photos, recordings, audits };
	});
}

/** The prefix of every key the app writes to localStorage or sessionStorage. */
const KEY_PREFIX = 'ks1006';

/**
 * Deletes the database and the app's web-storage keys. Resolves once the database is gone;
 * rejects with a `blocked` StorageError when another tab of the app keeps it open (close it
 * and try again). The page should reload afterwards so no state from before survives.
 */
export async function eraseEverything(): Promise<void> {
	await closeDb();
	forgetDeviceId();
	forgetDeviceKey();
	await new Promise<void>((resolve, reject) => {
		const request = indexedDB.deleteDatabase(DB_NAME);
		request.onsuccess = () => resolve();
		request.onerror = () =>
			reject(new StorageError('unknown', String(request.error ?? 'delete failed')));
		request.onblocked = () =>
			reject(
				new StorageError('blocked', 'another tab of the app keeps the database open; close it')
			);
	});
	for (const store of webStorages()) {
		for (const key of Object.keys(store)) if (key.startsWith(KEY_PREFIX)) store.removeItem(key);
	}
}

function webStorages(): Storage[] {
	const out: Storage[] = [];
	try {
		if (typeof localStorage !== 'undefined') out.push(localStorage);
		if (typeof sessionStorage !== 'undefined') out.push(sessionStorage);
	} catch {
		// Storage access refused (a privacy setting): there is nothing of ours to remove.
	}
	return out;
}

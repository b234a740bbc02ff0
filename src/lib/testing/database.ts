import { closeDb, DB_NAME } from '$lib/storage/db';

/** Closes the app's database and deletes it: every browser test starts from nothing. */
export async function wipeDatabase(): Promise<void> {
	await closeDb();
	await new Promise<void>((resolve, reject) => {
		const req = indexedDB.deleteDatabase(DB_NAME);
		req.onsuccess = () => resolve();
		req.onerror = () => reject(new Error(String(req.error)));
		req.onblocked = () => resolve();
	});
}

/*
 * Web Share Target (the manifest's share_target): a sound file shared into the app from the
 * phone's share sheet arrives here as a POST to /share. The worker keeps it in the app's
 * database (the `share-inbox` store, read by src/lib/storage/share-inbox.ts) and sends the
 * page to /share, where the shopper picks the evaluation it belongs to. Works offline.
 */
const DB_NAME = 'ks-s-1006';
const STORE = 'share-inbox';

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'POST' || url.origin !== self.location.origin) return;
	if (url.pathname !== '/share') return;
	event.respondWith(receive(event.request));
});

function back(query) {
	return Response.redirect(new URL(`/share${query}`, self.location.origin).href, 303);
}

async function receive(request) {
	try {
		const form = await request.formData();
		const files = form.getAll('audio').filter((f) => typeof f === 'object' && f.size > 0);
		if (files.length === 0) return back('?failed=1');
		const db = await openInbox();
		try {
			for (const file of files) {
				await put(db, {
					id: crypto.randomUUID(),
					name: file.name || 'recording',
					type: file.type || '',
					lastModified: file.lastModified || Date.now(),
					receivedAt: Date.now(),
					blob: file
				});
			}
		} finally {
			db.close();
		}
		return back('');
	} catch {
		return back('?failed=1');
	}
}

/** The app's database as the app made it; never created or upgraded here (the app does that). */
function openInbox() {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME);
		request.onupgradeneeded = () => request.transaction.abort();
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const db = request.result;
			if (db.objectStoreNames.contains(STORE)) resolve(db);
			else {
				db.close();
				reject(new Error('the app has not made its share inbox yet'));
			}
		};
	});
}

function put(db, row) {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE, 'readwrite');
		tx.objectStore(STORE).put(row);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error);
	});
}

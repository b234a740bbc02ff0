// (b) of the server benchmark: a fresh phone browser (Chromium, phone viewport) signs in to a
// server holding `n` evaluations and takes them all into its IndexedDB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices } from 'playwright';
import { buildEvaluation, setUpTeam, startServer, uuid } from './team-client.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {number} n */
export async function benchBrowserPull(n) {
	const dataDir = mkdtempSync(join(tmpdir(), 'ks1006-bench-pull-'));
	const setupToken = `bench-${uuid()}`;
	const server = await startServer({ dataDir, setupToken });
	let browser;
	try {
		const { owner, phones, campaignId } = await setUpTeam(server.origin, setupToken, 4);
		// The evaluations arrive as phones send them: signed pushes of 50, four phones at once.
		const t0 = performance.now();
		const per = Math.ceil(n / phones.length);
		await Promise.all(
			phones.map(async (phone, p) => {
				const records = Array.from({ length: per }, (_, k) =>
					buildEvaluation({
						id: uuid(),
						campaignId,
						deviceId: phone.key.deviceId,
						n: p * per + k
					})
				);
				for (let i = 0; i < records.length; i += 50) await phone.push(records.slice(i, i + 50));
			})
		);
		const total = per * phones.length;
		const seeded = (performance.now() - t0) / 1000;

		// A new coordinator joins on a fresh phone: a new browser profile, nothing stored.
		const token = await owner.invite(campaignId, 'coordinator', '새 코디네이터');
		browser = await chromium.launch({
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
		});
		const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'ko-KR' });
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		// The app creates its database when it first opens.
		await page.waitForFunction(async () =>
			(await indexedDB.databases()).some((d) => d.name === 'ks-s-1006')
		);
		const signedIn = await page.evaluate(async (token) => {
			const response = await fetch(`/api/v1/invites/${encodeURIComponent(token)}/accept`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ displayName: '새 코디네이터' })
			});
			return response.status;
		}, token);
		if (signedIn !== 200 && signedIn !== 201) throw new Error(`accept → ${signedIn}`);

		const result = await page.evaluate(pullIntoIndexedDb, { limit: 500 });
		console.log(
			`(b) pull ${fmt(result.stored)} evaluations into a fresh phone browser: ${fmt(result.ms / 1000, 2)} s (target ≤ 10 s)` +
				` | ${result.pages} pages of 500, ${fmt(result.fetchMs / 1000, 2)} s in fetch+JSON, ${fmt(result.storeMs / 1000, 2)} s in IndexedDB` +
				` | fetch in the page, one IndexedDB transaction a page (not the app's own sync engine, which is not part of this build)` +
				` | seeded ${fmt(total)} by signed pushes in ${fmt(seeded, 1)} s`
		);
	} finally {
		await browser?.close();
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** @param {number} x @param {number} [digits] */
const fmt = (x, digits = 0) =>
	x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * In the page: every pull page fetched and written to the app's IndexedDB store of
 * evaluations, one transaction a page, with the cursor kept beside it.
 * @param {{limit: number}} options
 */
async function pullIntoIndexedDb({ limit }) {
	const open = () =>
		new Promise((resolve, reject) => {
			const request = indexedDB.open('ks-s-1006');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	/** @type {IDBDatabase} */
	const db = /** @type {any} */ (await open());
	const t0 = performance.now();
	let fetchMs = 0;
	let storeMs = 0;
	let cursor = 0;
	let pages = 0;
	let stored = 0;
	for (;;) {
		const f = performance.now();
		const response = await fetch(`/api/v1/pull?after=${cursor}&limit=${limit}`);
		if (!response.ok) throw new Error(`pull → ${response.status}`);
		const page = await response.json();
		fetchMs += performance.now() - f;
		const s = performance.now();
		await new Promise((resolve, reject) => {
			const tx = db.transaction(['evaluations'], 'readwrite');
			const store = tx.objectStore('evaluations');
			for (const item of page.items) store.put(item.evaluation);
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		storeMs += performance.now() - s;
		stored += page.items.length;
		pages++;
		cursor = page.cursor;
		if (!page.more) break;
	}
	const count = await new Promise((resolve, reject) => {
		const request = db.transaction(['evaluations']).objectStore('evaluations').count();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	if (count !== stored) throw new Error(`stored ${stored}, IndexedDB holds ${count}`);
	return { ms: performance.now() - t0, fetchMs, storeMs, pages, stored };
}
